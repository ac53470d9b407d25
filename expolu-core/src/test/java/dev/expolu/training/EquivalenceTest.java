package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.activation.ElementwiseActivation;
import dev.expolu.activation.ExpoLU;
import dev.expolu.activation.ReLU;
import dev.expolu.activation.Sigmoid;
import dev.expolu.network.Architecture;
import dev.expolu.network.Dl4jDefinition;
import dev.expolu.network.Parameters;
import dev.expolu.run.Precision;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fused path against the DL4J definition it stands for: the same initial tensors, the same
 * curves. float64 agrees to 1e-12 relative on every round; float32 to {@value #FLOAT32_TOLERANCE},
 * since ND4J's gemm sums in another order than the fused loop.
 */
class EquivalenceTest {

    static final double FLOAT64_TOLERANCE = 1e-12;
    /**
     * Measured worst relative difference over the 12 rounds (6 x 32, seed 9), nd4j-native 1.0.0-M2.1 on
     * this project's AMD EPYC, the same with 1 and 2 OpenMP threads: relu 7.3e-7, expolu 5.6e-7, sigmoid
     * 5.2e-7. About twice the worst, for another processor's gemm kernel summing in another order.
     */
    static final double FLOAT32_TOLERANCE = 1.5e-6;

    static Stream<ElementwiseActivation> activations() {
        return Stream.of(new ExpoLU(), new ReLU(), new Sigmoid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void float64CurvesAgreeToTheTwelfthDigit(ElementwiseActivation activation) {
        assertSameCurves(activation, Precision.FLOAT64, FLOAT64_TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void float32CurvesAgreeWithinTheStatedTolerance(ElementwiseActivation activation) {
        assertSameCurves(activation, Precision.FLOAT32, FLOAT32_TOLERANCE);
    }

    @Test
    void bothPathsLeaveTheSameParameters() {
        Architecture net = new Architecture(1, 4, 16, new ExpoLU(), List.of(1));
        Parameters start = Parameters.normal(net, Precision.FLOAT64, 2);
        Parameters fused = start.copy();
        Parameters dl4j = start.copy();
        new FusedTrainer().train(net, fused, SeedData.POINTS, 1e-4, 3, TrainingListener.NONE);
        new Dl4jTrainer().train(net, dl4j, SeedData.POINTS, 1e-4, 3, TrainingListener.NONE);

        double[] a = fused.wh().toDoubleArray();
        double[] b = dl4j.wh().toDoubleArray();
        double[] before = start.wh().toDoubleArray();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i]).isCloseTo(b[i], org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(a).isNotEqualTo(before);
    }

    @Test
    void eachPathIsBitIdenticalRunToRunInFloat32() {
        Architecture net = new Architecture(1, 5, 32, new ExpoLU(), List.of(1));
        Parameters start = Parameters.normal(net, Precision.FLOAT32, 4);
        for (Trainer trainer : new Trainer[] {new FusedTrainer(), new Dl4jTrainer()}) {
            LossCurve once = trainer.train(net, start.copy(), SeedData.POINTS, 1e-4, 6, TrainingListener.NONE);
            LossCurve twice = trainer.train(net, start.copy(), SeedData.POINTS, 1e-4, 6, TrainingListener.NONE);
            assertThat(twice.fingerprint()).as(trainer.getClass().getSimpleName()).isEqualTo(once.fingerprint());
        }
    }

    @Test
    void theDl4jDefinitionCoversOnePower() {
        Architecture quirky = new Architecture(1, 3, 8, new ExpoLU(), List.of(1, 2));
        assertThatThrownBy(() -> Dl4jDefinition.configuration(quirky, Precision.FLOAT64))
                .hasMessageContaining("covers powers [1]");
    }

    private static void assertSameCurves(ElementwiseActivation activation, Precision precision, double tolerance) {
        Architecture net = new Architecture(1, 6, 32, activation, List.of(1));
        Parameters start = Parameters.normal(net, precision, 9);
        LossCurve fused = new FusedTrainer().train(net, start.copy(), SeedData.POINTS, 1e-4, 12,
                TrainingListener.NONE);
        LossCurve dl4j = new Dl4jTrainer().train(net, start.copy(), SeedData.POINTS, 1e-4, 12,
                TrainingListener.NONE);
        double[] a = fused.losses();
        double[] b = dl4j.losses();
        for (int round = 0; round < a.length; round++) {
            assertThat(Math.abs(a[round] - b[round]) / Math.abs(b[round]))
                    .as("round %d: fused %s, dl4j %s", round + 1, a[round], b[round])
                    .isLessThanOrEqualTo(tolerance);
        }
        assertThat(a[a.length - 1]).isLessThan(a[0]);
    }
}
