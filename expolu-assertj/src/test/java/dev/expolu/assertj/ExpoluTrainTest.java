package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static dev.expolu.assertj.ExpoluAssertions.assertThatThrownBy;

import dev.expolu.execution.TrainingLog;
import dev.expolu.record.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real training of a tiny experiment: records, report, run cache, shared by files and builders. */
class ExpoluTrainTest {

    static final String TINY = """
            name: tiny
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 4, activation: expolu}
            training: {rounds: 3, learningRate: 1.0e-3, dtype: float64}
            seeds: [1, 2]
            expect:
              - finalLoss: {atMost: 1.0e6}
            """;

    @TempDir
    Path dir;

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private ExpoluSettings settings;
    private Path file;

    @BeforeEach
    void settings() throws Exception {
        settings = ExpoluSettings.from(new java.util.Properties())
                .withRecordsDirectory(dir.resolve("target/expolu"))
                .withReportsDirectory(dir.resolve("target/expolu-reports"))
                .withCacheDirectory(Optional.of(dir.resolve("cache")))
                .withLog(TrainingLog.of(lines::add, lines::add));
        file = Files.writeString(Files.createDirectories(dir.resolve("src/experiments")).resolve("tiny.yaml"), TINY);
    }

    @Test
    void trainsAFileLeavingRecordsAndAReportButNoLockAndNoSurefireXml() {
        ExperimentResult result = Expolu.train(file, settings);

        assertThat(result).passes();
        assertThat(result.variant("default").runs()).extracting(RunRecord::seed).containsExactly(1L, 2L);
        assertThat(dir.resolve("target/expolu/tiny/default/seed-1.json")).isRegularFile();
        assertThat(dir.resolve("target/expolu/tiny/default/seed-2.json")).isRegularFile();
        assertThat(dir.resolve("target/expolu-reports/tiny/index.html")).isRegularFile();
        assertThat(dir.resolve("target/expolu-reports/tiny")).isDirectoryNotContaining("glob:**.xml");
        assertThat(dir.resolve("src/experiments")).isDirectoryNotContaining("glob:**.lock.json");
        assertThat(lines).anyMatch(l -> l.startsWith("tiny/default/seed-1: done (1 of 2)"));
    }

    @Test
    void aSecondTrainingTakesEveryRunFromTheCache() {
        ExperimentResult first = Expolu.train(file, settings);
        lines.clear();

        ExperimentResult second = Expolu.train(file, settings);

        assertThat(lines).filteredOn(l -> l.startsWith("tiny/default/seed-")).hasSize(2)
                .allMatch(l -> l.contains(": cached ("));
        assertThat(second.variant("default").runs()).extracting(RunRecord::fingerprint)
                .isEqualTo(first.variant("default").runs().stream().map(RunRecord::fingerprint).toList());
    }

    @Test
    void anExperimentBuiltInCodeTakesTheRunsOfTheSameFileFromTheCache() {
        ExperimentResult fromFile = Expolu.train(file, settings);
        lines.clear();

        ExperimentResult built = Expolu.train(Expolu.experiment("tiny")
                .data(d -> d.points(new double[][] {{-1, 2}, {0, 0}, {1, 2}}))
                .model(m -> m.layers(2).width(4).activation("expolu"))
                .training(t -> t.rounds(3).learningRate(1.0e-3).dtype("float64"))
                .seeds(1, 2)
                .expect(e -> e.finalLoss().atMost(1.0e6)), settings);

        assertThat(lines).filteredOn(l -> l.startsWith("tiny/default/seed-")).hasSize(2)
                .allMatch(l -> l.contains(": cached ("));
        assertThat(built.variant("default").runs()).extracting(RunRecord::fingerprint)
                .isEqualTo(fromFile.variant("default").runs().stream().map(RunRecord::fingerprint).toList());
        assertThat(built.variant("default").runs().get(0).experimentFile()).isEqualTo("Expolu.experiment(tiny)");
    }

    @Test
    void withoutTheCacheEveryRunTrains() {
        Expolu.train(file, settings);
        lines.clear();

        Expolu.train(file, settings.withCacheDirectory(Optional.empty()));

        assertThat(lines).filteredOn(l -> l.startsWith("tiny/default/seed-")).hasSize(2)
                .allMatch(l -> l.contains(": done ("));
    }

    @Test
    void aBrokenFileIsRefusedBeforeAnythingTrains() throws Exception {
        Files.writeString(file, TINY.replace("layers: 2", "layers: 1"));

        assertThatThrownBy(() -> Expolu.train(file, settings))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessage("Invalid experiment, nothing trained:" + System.lineSeparator() + "  " + file
                        + ":3: model.layers is 1, but expected at least 2");
        assertThat(dir.resolve("target/expolu")).doesNotExist();
    }
}
