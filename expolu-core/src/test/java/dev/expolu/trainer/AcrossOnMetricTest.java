package dev.expolu.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.api.Run;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.lock.LockMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims across a sweep's cells on a metric the runs report beside their loss, trained and judged: the
 * summary's line and the report name the metric; a run that does not report it fails the claim, naming
 * what it did report.
 */
class AcrossOnMetricTest {

    private static final String LINES = """
            model: {kind: trainer, class: %1$s, parameters: {learningRate: 0.05}}
            training: {rounds: 30}
            seeds: [1, 2, 3]
            sweep:
              training.rounds: [20, 30]
            variants:
              fast: {}
              slow: {model: {kind: trainer, class: %1$s, parameters: {learningRate: 0.002}}}
            across:
              - rate: {reached: {metric: within, value: 0.8}, of: fast, atLeast: slow}
              - rate: {reached: {metric: within, value: 0.8}, of: slow, atLeast: fast}
              - expect: {variant: fast, final: {metric: within, atLeast: 0.8}}
            compare:
              - {metric: {final: within}, better: fast, than: slow}
            """;

    @TempDir
    Path dir;

    private final List<String> info = new CopyOnWriteArrayList<>();

    private TrainResult train(String text) throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("experiments")).resolve("lines.yaml"), text);
        return Training.run(TrainRequest.builder(dir.resolve("experiments")).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).lockMode(LockMode.OFF).cacheDirectory(Optional.empty())
                .threads(2).build(), TrainingLog.of(info::add, l -> { }));
    }

    @Test
    void claimsOnAMetricAreJudgedInItsDirectionAndTheSummaryNamesIt() throws Exception {
        TrainResult result = train(LINES.formatted(LineTrainer.class.getName()));

        assertThat(result.sweeps()).extracting(v -> v.holds()).containsExactly(true, false, true);
        assertThat(info).contains(
                "  across: fast reaches within >= 0.8 at least as often as slow, in every cell: shown in 2 of 2 cells",
                "  across: fast: final(within) >= 0.8, in every cell: shown in 2 of 2 cells");
        assertThat(info).anyMatch(l -> l.startsWith("  compare: final(within) higher in rounds-20/fast than in"
                + " rounds-20/slow: p = 0.05 <= 0.05"));
        assertThat(info).anyMatch(l -> l.startsWith("  across: slow reaches within >= 0.8 at least as often as fast,"
                + " in every cell: shown in 0 of 2 cells, expected 2; not in rounds-20: slow 0 of 3, but fast 3 of 3"));
        assertThat(Files.readString(dir.resolve("reports/index.html")))
                .contains("Phase diagram: the share of seeds that reached within &gt;= 0.8")
                .contains("how many seeds had a round's within at least 0.8")
                .doesNotContain("reached loss &lt;= 1e-3");
    }

    @Test
    void aRunThatDoesNotReportTheMetricFailsTheClaimNamingWhatItReports() throws Exception {
        Fickle.CALLS.set(0);
        TrainResult result = train("""
                model: {kind: trainer, class: %s}
                training: {rounds: 3}
                seeds: [1, 2]
                expect:
                  - final: {metric: within, atLeast: 0.5}
                """.formatted(Fickle.class.getName()));

        assertThat(result.passed()).isFalse();
        assertThat(result.failureMessage()).contains("lines/default: final(within) >= 0.5 in >= 2 of 2 seeds: 0 of 2"
                + " met it; seed 1: reports no within, only [loss], seed 2: reports no within, only [loss]");
    }

    /**
     * A trainer whose {@code metrics()} name {@code within} when the file is loaded, and its loss alone
     * when it runs: what a run reports is known only when it runs.
     */
    public static class Fickle extends LineTrainer {

        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public List<Metric> metrics() {
            return CALLS.getAndIncrement() == 0 ? List.of(Metric.lower("loss"), Metric.higher("within"))
                    : List.of(Metric.lower("loss"));
        }

        @Override
        public void train(Run run, Rounds rounds) throws InterruptedException {
            for (int round = 0; round < run.rounds(); round++) {
                rounds.report(1.0 / (round + 1));
            }
        }
    }
}
