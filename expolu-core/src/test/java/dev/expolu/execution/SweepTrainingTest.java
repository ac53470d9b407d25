package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's cells train, record, cache and lock as ordinary sets of runs; its claims are judged cell by cell. */
class SweepTrainingTest {

    private static final String GRID = """
            name: grid
            data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
            model: {layers: 3}
            training: {rounds: 12, learningRate: 2.0e-3, dtype: float64}
            seeds: [1, 2]
            sweep:
              model.width: WIDTHS
            variants:
              expolu: {model: {activation: expolu}}
              relu: {model: {activation: relu}}
            """;

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final TrainingLog log = TrainingLog.of(lines::add, lines::add);

    @Test
    void eachCellIsAnOrdinarySetOfRunsWithItsValuesInTheRecord() throws Exception {
        Path experiments = experiments(GRID.replace("WIDTHS", "[4, 6]"));

        TrainResult result = Training.run(request(experiments, LockMode.UPDATE), log);

        assertThat(result.variants()).extracting(v -> v.id()).containsExactly("grid/width-4/expolu",
                "grid/width-4/relu", "grid/width-6/expolu", "grid/width-6/relu");
        Path record = dir.resolve("records/grid/width-6/relu/seed-2.json");
        JsonNode json = new ObjectMapper().readTree(record.toFile());
        assertThat(json.path("variant").asText()).isEqualTo("relu");
        assertThat(json.path("cell").path("name").asText()).isEqualTo("width-6");
        assertThat(json.path("cell").path("values").path("model.width").asInt()).isEqualTo(6);
        assertThat(json.path("setup").path("width").asInt()).isEqualTo(6);
        RunRecord read = RunRecords.read(record);
        assertThat(read.id()).isEqualTo("grid/width-6/relu/seed-2");
        assertThat(LockFile.read(experiments.resolve("grid.lock.json")).runs().keySet()).containsExactly(
                "width-4/expolu/seed-1", "width-4/expolu/seed-2", "width-4/relu/seed-1", "width-4/relu/seed-2",
                "width-6/expolu/seed-1", "width-6/expolu/seed-2", "width-6/relu/seed-1", "width-6/relu/seed-2");
        assertThat(lines).contains("Sweep grid: 2 cells (model.width) x 2 variant(s), 8 runs, trained cell by cell",
                "Cell grid/width-4: 4 of 4 runs done (4 trained, 0 cached); 1 of 2 cells of grid done",
                "Cell grid/width-6: 4 of 4 runs done (4 trained, 0 cached); 2 of 2 cells of grid done");
        assertThat(lines.indexOf("Cell grid/width-4: 4 of 4 runs done (4 trained, 0 cached); 1 of 2 cells of grid done"))
                .as("the first cell is done before the second starts: runs go cell by cell on one thread")
                .isLessThan(lines.indexOf(lines.stream().filter(l -> l.startsWith("grid/width-6/")).findFirst()
                        .orElseThrow()));

        lines.clear();
        assertThat(Training.run(request(experiments, LockMode.STRICT), log).passed()).as("the lock holds per cell")
                .isTrue();
        assertThat(lines).contains("Lock grid.lock.json: 8 run(s) match bit for bit");

        TrainResult reported = Training.report(request(experiments, LockMode.OFF), log);
        assertThat(reported.variants()).as("expolu:report finds each cell's records").hasSize(4)
                .allSatisfy(v -> assertThat(v.runs()).hasSize(2));
    }

    @Test
    void recordsOfAnExperimentWithoutASweepHaveNoCell() throws Exception {
        Path experiments = experiments(GRID.replace("sweep:\n  model.width: WIDTHS\n", "").replace("layers: 3}",
                "layers: 3, width: 4}"));

        Training.run(request(experiments, LockMode.OFF), log);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("records/grid/relu/seed-2.json").toFile());
        assertThat(json.has("cell")).isFalse();
    }

    @Test
    void addingAValueToAnAxisTrainsOnlyTheNewCell() throws Exception {
        Training.run(request(experiments(GRID.replace("WIDTHS", "[4]")), LockMode.OFF), log);
        lines.clear();

        Training.run(request(experiments(GRID.replace("WIDTHS", "[4, 6]")), LockMode.OFF), log);

        assertThat(lines.stream().filter(l -> l.matches("grid/width-4/\\w+/seed-\\d: cached .*"))).hasSize(4);
        assertThat(lines.stream().filter(l -> l.matches("grid/width-6/\\w+/seed-\\d: done .*"))).hasSize(4);
        assertThat(lines.stream().filter(l -> l.contains(": done (") && l.startsWith("grid/width-4"))).isEmpty();
        assertThat(lines).contains("Cell grid/width-4: 4 of 4 runs done (0 trained, 4 cached); 1 of 2 cells of grid done");
    }

    @Test
    void aClaimAcrossTheCellsFailsNamingTheCellsThatDoNotShowIt() throws Exception {
        Path experiments = experiments(GRID.replace("WIDTHS", "[4, 6]") + """
                across:
                  - where: {model.width: 6}
                    expect: {variant: relu, finalLoss: {atMost: 1.0e-30}}
                  - cells: {atLeast: 1}
                    expect: {variant: relu, finalLoss: {atMost: 1.0e+30}}
                """);

        TrainResult result = Training.run(request(experiments, LockMode.OFF), log);

        assertThat(result.passed()).isFalse();
        assertThat(result.sweeps()).hasSize(2);
        assertThat(result.sweeps().get(1).holds()).isTrue();
        assertThat(result.failureMessage()).startsWith("Sweep claims missed:")
                .containsPattern("relu: finalLoss <= 1e-30, in every cell where model.width = 6: shown in 0 of 1"
                        + " cells, expected 1; not in width-6: finalLoss <= 1e-30 in >= 2 of 2 seeds: 0 of 2 met it;"
                        + " seed 1: [0-9.e-]+, seed 2: [0-9.e-]+")
                .doesNotContain("width-4:");
        String xml = Files.readString(dir.resolve("reports/TEST-expolu.grid.xml"));
        assertThat(xml).contains("name=\"across: relu: finalLoss &lt;= 1e-30, in every cell where model.width = 6\"",
                "type=\"expolu.SweepClaimMissed\"", "failures=\"1\"", "name=\"width-6/relu\"");
    }

    private Path experiments(String yaml) throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("grid.yaml"), yaml);
        return experiments;
    }

    private TrainRequest request(Path experiments, LockMode lock) {
        return TrainRequest.builder(experiments).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).threads(1).progressInterval(Duration.ofHours(1))
                .lockMode(lock).cacheDirectory(Optional.of(dir.resolve("cache"))).build();
    }
}
