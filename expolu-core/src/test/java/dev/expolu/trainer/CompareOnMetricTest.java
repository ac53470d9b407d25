package dev.expolu.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.Metric;
import dev.expolu.lock.LockMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare on a metric a run reports beside its loss, judged in that metric's own direction. */
class CompareOnMetricTest {

    private static final String TWO_RATES = """
            model: {kind: trainer, class: %s, parameters: {learningRate: 0.05}}
            training: {rounds: 30}
            seeds: {from: 1, count: 4}
            variants:
              fast: {}
              slow: {model: {kind: trainer, class: %s, parameters: {learningRate: 0.002}}}
            compare:
              - %s
            """;

    @TempDir
    Path dir;

    private Path file(String claim) throws Exception {
        String name = LineTrainer.class.getName();
        return Files.writeString(Files.createDirectories(dir.resolve("experiments")).resolve("line.yaml"),
                TWO_RATES.formatted(name, name, claim));
    }

    private TrainResult train() throws Exception {
        return Training.run(TrainRequest.builder(dir.resolve("experiments")).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).lockMode(LockMode.OFF).cacheDirectory(Optional.empty())
                .threads(2).build(), TrainingLog.of(l -> { }, l -> { }));
    }

    @Test
    void aHigherIsBetterMetricIsClaimedBetterAndJudgedHigher() throws Exception {
        Path file = file("{metric: {final: within}, better: fast, than: slow}");
        assertThat(ExperimentLoader.load(file).comparisons()).containsExactly(
                new Comparison(new Metric.Final("within"), "fast", "slow", 0.05, true));

        ComparisonVerdict verdict = train().comparisons().get(0);

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).startsWith("final(within) higher in fast than in slow: p = 0.0143 <= 0.05");
        assertThat(java.util.Arrays.stream(verdict.better()).min().orElseThrow()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theOtherWayRoundTheClaimFails() throws Exception {
        file("{metric: {best: within}, better: slow, than: fast}");

        ComparisonVerdict verdict = train().comparisons().get(0);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).startsWith("best(within) higher in slow than in fast: p = 1, but expected p <="
                + " 0.05");
    }

    @Test
    void betterOnALossMeansLowerAndLowerStillReadsAsItDid() throws Exception {
        assertThat(ExperimentLoader.load(file("{metric: {best: loss}, better: fast, than: slow}")).comparisons())
                .containsExactly(new Comparison(new Metric.Best("loss"), "fast", "slow", 0.05, false));
        assertThat(ExperimentLoader.load(file("{metric: finalLoss, lower: fast, than: slow}")).comparisons())
                .containsExactly(new Comparison(new Metric.FinalLoss(), "fast", "slow", 0.05));
    }

    @Test
    void lowerOnAHigherIsBetterMetricIsRefusedWithItsLine() throws Exception {
        Path file = file("{metric: {final: within},\n     lower: fast, than: slow}");

        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("line.yaml:9: compare[0].lower is"
                + " fast, but final(within) is better higher; did you mean better: fast?");
    }

    @Test
    void aMetricOneVariantDoesNotReportIsRefusedWithItsLine() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("experiments")).resolve("line.yaml"), """
                model: {kind: trainer, class: %s}
                training: {rounds: 5}
                variants:
                  own: {}
                  lossOnly: {model: {class: %s}}
                compare:
                  - metric: {final: within}
                    better: own
                    than: lossOnly
                """.formatted(LineTrainer.class.getName(), LossOnly.class.getName()));

        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("line.yaml:7:"
                + " compare[0].metric.final is within, but lossOnly's runs report [loss]; expected a metric both variants"
                + " report");
    }

    @Test
    void betterAndLowerTogetherAreRefused() throws Exception {
        assertThatThrownBy(() -> ExperimentLoader.load(file("{metric: finalLoss, better: fast, lower: fast, than:"
                + " slow}"))).hasMessageContaining("line.yaml:8: compare[0] has both better and lower; expected one:"
                + " better: VARIANT, or lower: VARIANT for a loss or rounds");
    }

    /** A trainer that reports its loss alone. */
    public static class LossOnly extends LineTrainer {
        @Override
        public java.util.List<dev.expolu.api.Metric> metrics() {
            return java.util.List.of(dev.expolu.api.Metric.lower("loss"));
        }
    }
}
