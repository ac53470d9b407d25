package dev.expolu.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roundsTo on a metric a run reports beside its loss: the rounds until it first reaches a value in its direction. */
class RoundsToMetricTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(Files.createDirectories(dir.resolve("experiments")).resolve("line.yaml"),
                text.formatted(LineTrainer.class.getName()));
    }

    private TrainResult train() throws Exception {
        return Training.run(TrainRequest.builder(dir.resolve("experiments")).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).lockMode(LockMode.OFF).cacheDirectory(Optional.empty())
                .threads(2).build(), TrainingLog.of(l -> { }, l -> { }));
    }

    /** The first round (from 1) whose {@code within} is at least 0.8, as the seed's record holds it. */
    private String firstRoundWithin(long seed) throws Exception {
        double[] within = RunRecords.read(dir.resolve("records/line/default/seed-" + seed + ".json")).metrics().get(0)
                .values();
        for (int i = 0; i < within.length; i++) {
            if (within[i] >= 0.8) {
                return String.valueOf(i + 1);
            }
        }
        return "never";
    }

    @Test
    void anExpectationCountsTheRoundsUntilAHigherIsBetterMetricFirstReachesTheValue() throws Exception {
        Path file = file("""
                model: {kind: trainer, class: %s, parameters: {learningRate: 0.05}}
                training: {rounds: 30}
                seeds: [1, 2, 3]
                expect:
                  - roundsTo: {metric: within, value: 0.8, atMost: 1}
                """);
        assertThat(ExperimentLoader.load(file).variants().get(0).expectations()).containsExactly(new Expectation(
                new Metric.RoundsToValue("within", 0.8), new Bound(Bound.Kind.AT_MOST, 1), OptionalInt.empty()));

        TrainResult result = train();

        assertThat(result.passed()).isFalse();
        assertThat(result.failureMessage()).contains("roundsTo(within, 0.8) <= 1 in >= 3 of 3 seeds: 0 of 3 met it");
        for (long seed = 1; seed <= 3; seed++) {
            String first = firstRoundWithin(seed);
            assertThat(first).isNotIn("1", "never");
            assertThat(result.failureMessage()).contains("seed " + seed + ": " + first);
        }
    }

    @Test
    void aComparisonOfRoundsToAMetricIsBetterFewer() throws Exception {
        Path file = file("""
                model: {kind: trainer, class: %1$s, parameters: {learningRate: 0.05}}
                training: {rounds: 30}
                seeds: {from: 1, count: 4}
                variants:
                  fast: {}
                  slow: {model: {parameters: {learningRate: 0.002}}}
                compare:
                  - {metric: {roundsTo: {metric: within, value: 0.8}}, better: fast, than: slow}
                """);
        assertThat(ExperimentLoader.load(file).comparisons()).containsExactly(new Comparison(
                new Metric.RoundsToValue("within", 0.8), "fast", "slow", 0.05, false));

        var verdict = train().comparisons().get(0);

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).startsWith("roundsTo(within, 0.8) lower in fast than in slow: p = 0.0143 <="
                + " 0.05").endsWith("and never)");
    }

    @Test
    void aMetricTheRunsDoNotReportOrAMissingValueIsRefusedWithItsLine() throws Exception {
        Path file = file("""
                model: {kind: trainer, class: %s}
                training: {rounds: 5}
                expect:
                  - roundsTo: {metric: accuracy, value: 0.9, atMost: 3}
                  - roundsTo: {metric: within, atMost: 3}
                  - roundsTo: {loss: 0.1, metric: within, value: 0.9, atMost: 3}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("line.yaml:4: expect[0].roundsTo"
                + ".metric is accuracy, but the variant's runs report [loss, within]; expected one of those")
                .hasMessageContaining("line.yaml:5: expect[1].roundsTo.value is missing; expected the value of within"
                        + " to reach, such as 0.9")
                .hasMessageContaining("line.yaml:6: expect[2].roundsTo has both loss and metric; expected"
                        + " {loss: LOSS} or {metric: NAME, value: VALUE}");
    }
}
