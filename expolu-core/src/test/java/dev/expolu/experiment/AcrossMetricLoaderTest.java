package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.judge.Bound;
import dev.expolu.judge.CellClaim;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import dev.expolu.judge.SweepClaim;
import dev.expolu.judge.Target;
import dev.expolu.trainer.LineTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code across} claims on a metric the runs report beside their loss: {@code expect} and {@code rate}
 * take it as the file's other claims do, loss by default; a metric the variants' runs do not report is
 * refused with its line.
 */
class AcrossMetricLoaderTest {

    /** A trainer reporting loss and within (better higher), swept over its rounds; the first claim on line 11. */
    private static final String LINES = """
            name: lines
            model: {kind: trainer, class: %1$s, parameters: {learningRate: 0.05}}
            training: {rounds: 30}
            seeds: [1, 2, 3]
            sweep:
              training.rounds: [10, 30]
            variants:
              fast: {}
              slow: {model: {kind: trainer, class: %1$s, parameters: {learningRate: 0.002}}}
            across:
            """.formatted(LineTrainer.class.getName());

    /** The seed's network, which reports its loss alone; the first claim on line 12. */
    private static final String NETWORK = """
            name: grid
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {activation: expolu, layers: 3}
            training: {rounds: 20}
            seeds: [1, 2, 3]
            sweep:
              model.width: [8, 16]
            variants:
              expolu: {}
              relu: {model: {activation: relu}}
            across:
            """;

    @TempDir
    Path dir;

    @Test
    void rateAndExpectTakeAMetricTheRunsReport() throws Exception {
        Experiment experiment = load(LINES + """
                  - rate: {reached: {metric: within, value: 0.8}, of: fast, atLeast: slow}
                  - rate: {reached: {metric: loss, value: 1.0e-2}, of: fast, atLeast: slow}
                  - rate: {reached: 1.0e-2, of: fast, atLeast: slow}
                  - expect: {variant: fast, final: {metric: within, atLeast: 0.8}}
                """);

        List<SweepClaim> claims = experiment.sweep().orElseThrow().claims();
        assertThat(claims).extracting(SweepClaim::claim).containsExactly(
                new CellClaim.Rate(new Target("within", 0.8, true), "fast", "slow"),
                new CellClaim.Rate(1e-2, "fast", "slow"),
                new CellClaim.Rate(1e-2, "fast", "slow"),
                new CellClaim.Expect("fast", new Expectation(new Metric.Final("within"),
                        new Bound(Bound.Kind.AT_LEAST, 0.8), OptionalInt.empty())));
        assertThat(claims.get(0).toString()).isEqualTo("fast reaches within >= 0.8 at least as often as slow, in every"
                + " cell");
        assertThat(claims.get(2).toString()).isEqualTo("fast reaches loss <= 0.01 at least as often as slow, in every"
                + " cell");
        assertThat(claims.get(3).toString()).isEqualTo("fast: final(within) >= 0.8, in every cell");
    }

    @Test
    void refusesAMetricTheSeedsNetworkDoesNotReportWithItsLine() {
        assertProblem(NETWORK + "  - rate: {reached: {metric: accuracy, value: 0.9}, of: expolu, atLeast: relu}\n",
                ":12: across[0].rate.reached.metric is accuracy, but expolu's runs report [loss]; expected a metric"
                        + " both variants report");
        assertProblem(NETWORK + "  - expect: {variant: relu, best: {metric: accuracy, atLeast: 0.9}}\n",
                ":12: across[0].expect.best.metric is accuracy, but the variant's runs report [loss]; expected one of"
                        + " those");
        assertProblem(NETWORK + "  - expect: {variant: relu, roundsTo: {metric: accuracy, value: 0.9, atMost: 5}}\n",
                ":12: across[0].expect.roundsTo.metric is accuracy, but the variant's runs report [loss]");
        assertProblem(NETWORK + "  - compare: {metric: {final: accuracy}, better: expolu, than: relu}\n",
                ":12: across[0].compare.metric.final is accuracy, but expolu's runs report [loss]");
    }

    @Test
    void refusesARateOnAMetricOneVariantDoesNotReportOrWithoutItsValue() {
        String lossOnly = LINES.replace("slow: {model: {kind: trainer, class: " + LineTrainer.class.getName(),
                "slow: {model: {kind: trainer, class: dev.expolu.trainer.CompareOnMetricTest$LossOnly");
        assertProblem(lossOnly + "  - rate: {reached: {metric: within, value: 0.8}, of: fast, atLeast: slow}\n",
                ":11: across[0].rate.reached.metric is within, but slow's runs report [loss]; expected a metric both"
                        + " variants report");
        assertProblem(LINES + "  - rate: {reached: {metric: within}, of: fast, atLeast: slow}\n",
                ":11: across[0].rate.reached.value is missing; expected {metric: METRIC, value: VALUE}");
        assertProblem(LINES + "  - rate: {reached: {metric: within, value: 0.8, atMost: 3}, of: fast, atLeast: slow}\n",
                ":11: across[0].rate.reached.atMost");
        assertProblem(LINES + "  - rate: {of: fast, atLeast: slow}\n",
                ":11: across[0].rate.reached is missing; expected the loss a run must reach, such as 1.0e-3, or"
                        + " {metric: METRIC, value: VALUE}");
    }

    private Experiment load(String yaml) throws IOException, ExperimentException {
        return ExperimentLoader.load(Files.writeString(dir.resolve("lines.yaml"), yaml));
    }

    private void assertProblem(String yaml, String expected) {
        Path file;
        try {
            file = Files.writeString(dir.resolve("broken.yaml"), yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file + expected);
    }
}
