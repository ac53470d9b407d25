package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.judge.Judge;
import dev.expolu.record.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed table's "rounds to" columns stand at the losses the file's claims name; at 1e-3 and 1e-6
 * where it names none.
 */
class SeedTableTest {

    @TempDir
    Path dir;

    @Test
    void theColumnsAreAtTheLossesOfTheClaims() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("tenth.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 5}
                seeds: [1, 2, 3]
                variants:
                  a: {expect: [{roundsTo: {loss: 0.1, atMost: 5}}]}
                  b: {}
                compare:
                  - {metric: {roundsTo: 0.01}, lower: a, than: b, pValue: 0.05}
                """));

        assertThat(Thresholds.of(e)).containsExactly(0.1, 0.01);
        String table = table(e, run(1, 1, 0.05, 0.02, 0.005, 0.001));
        assertThat(headers(table)).containsExactly("seed", "final loss", "best loss", "rounds to 0.1",
                "rounds to 0.01", "wall", "expectations");
        assertThat(table).contains("<td>2</td><td>4</td>");
    }

    @Test
    void aFileThatNamesNoLossKeepsTheUsualColumns() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("plain.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 3}
                expect: [{finalLoss: {atMost: 1}}]
                """));

        assertThat(Thresholds.of(e)).containsExactly(1e-3, 1e-6);
        assertThat(headers(table(e, run(1, 1, 1e-4, 1e-7)))).containsSubsequence("rounds to 1e-3", "rounds to 1e-6");
    }

    private static RunRecord run(long seed, double... losses) {
        return TestRuns.run("e", "a", seed, losses);
    }

    private static String table(Experiment e, RunRecord run) {
        var variant = e.variants().get(0);
        return SeedTable.html(new VariantResult(e, variant, List.of(run), Judge.judge(variant.expectations(),
                List.of(run))), Thresholds.of(e));
    }

    private static List<String> headers(String table) {
        return java.util.regex.Pattern.compile("<th>([^<]*)</th>").matcher(table).results().map(m -> m.group(1))
                .toList();
    }
}
