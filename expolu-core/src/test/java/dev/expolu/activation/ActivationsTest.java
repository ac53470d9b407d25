package dev.expolu.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class ActivationsTest {

    /** Each activation with parameters other than its defaults, where it has any. */
    static Stream<ElementwiseActivation> activations() {
        return Stream.of(new Identity(), new ExpoLU(1.5, 0.8, 3), new PowerLU(3), new ParaLU(0.3),
                new QuartLU(0.2), new Sigmoid(), new ReLU());
    }

    @Test
    void valuesAreTheSeedsFormulas() {
        ExpoLU expolu = new ExpoLU();
        assertThat(expolu.apply(-1.5)).isZero();
        assertThat(expolu.apply(0.5)).isEqualTo(2.25);          // (x+b)^p/a
        assertThat(expolu.apply(2.0)).isEqualTo(5.0);           // x + (2b)^p/a - b
        assertThat(new PowerLU().apply(0)).isEqualTo(1.0 / 16);
        assertThat(new ParaLU().apply(0)).isCloseTo(0.025, within(1e-15));
        assertThat(new QuartLU().apply(0)).isCloseTo(Math.pow(0.1, 4) * 27 / (256 * Math.pow(0.1, 3)), within(1e-15));
        assertThat(new ReLU().derivative(0)).isZero();
        assertThat(new Sigmoid().apply(0)).isEqualTo(0.5);
    }

    @Test
    void everyNameCreatesItsActivation() {
        assertThat(ActivationCatalog.NAMES).hasSize(7);
        for (String name : ActivationCatalog.NAMES) {
            assertThat(Activations.create(name, Map.of()).toString()).startsWith(name);
        }
        assertThat(Activations.create("expolu", Map.of("p", 3.0))).isEqualTo(new ExpoLU(1, 1, 3));
        assertThatThrownBy(() -> Activations.create("expolu", Map.of("scope", 1.0)))
                .hasMessageContaining("expolu has no parameter 'scope'");
        assertThatThrownBy(() -> Activations.create("gelu", Map.of()))
                .hasMessageContaining("unknown activation 'gelu'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void derivativeMatchesCentralDifferences(ElementwiseActivation f) {
        Random random = new Random(7);
        double h = 1e-6;
        int checked = 0;
        for (int i = 0; i < 2000; i++) {
            double x = random.nextDouble() * 8 - 4;
            double left = (f.apply(x) - f.apply(x - h)) / h;
            double right = (f.apply(x + h) - f.apply(x)) / h;
            if (Math.abs(left - right) > 1e-3) {
                continue; // a kink of the piecewise definition lies within h of x
            }
            assertThat(f.derivative(x)).as("%s at %s", f, x).isCloseTo((left + right) / 2, within(1e-5));
            checked++;
        }
        assertThat(checked).isGreaterThan(1990);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void passesDl4jsGradientCheckInFloat64(ElementwiseActivation f) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        for (IActivation activation : new IActivation[] {f, new NormalizedActivation(f)}) {
            MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                    .dataType(DataType.DOUBLE).seed(3).weightInit(WeightInit.NORMAL)
                    .updater(new org.nd4j.linalg.learning.config.NoOp()).list()
                    .layer(new DenseLayer.Builder().nIn(3).nOut(6).activation(activation).build())
                    .layer(new DenseLayer.Builder().nIn(6).nOut(6).activation(activation).build())
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(6).nOut(1)
                            .activation(Activation.IDENTITY).build())
                    .build();
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            Nd4j.getRandom().setSeed(11);
            INDArray input = Nd4j.randn(DataType.DOUBLE, 4, 3);
            INDArray labels = Nd4j.randn(DataType.DOUBLE, 4, 1);
            boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net)
                    .input(input).labels(labels).epsilon(1e-6).maxRelError(1e-4).minAbsoluteError(1e-8));
            assertThat(ok).as("gradient check of %s", activation).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void survivesTheNetworkConfigurationsJsonRoundTrip(ElementwiseActivation f) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(new DenseLayer.Builder().nIn(1).nOut(4).activation(new NormalizedActivation(f)).build())
                .layer(new DenseLayer.Builder().nIn(4).nOut(4).activation(f).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(4).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .build();

        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());

        assertThat(back).isEqualTo(conf);
        DenseLayer first = (DenseLayer) back.getConf(0).getLayer();
        DenseLayer second = (DenseLayer) back.getConf(1).getLayer();
        assertThat(first.getActivationFn()).isEqualTo(new NormalizedActivation(f));
        assertThat(second.getActivationFn()).isEqualTo(f).hasToString(f.toString());
    }

    @Test
    void ndArrayPathsUseTheScalarMath() {
        ExpoLU f = new ExpoLU();
        INDArray in = Nd4j.createFromArray(new double[] {-2, -0.5, 0.5, 3}).reshape(1, 4);
        INDArray out = f.getActivation(in.dup(), true);
        assertThat(out.toDoubleVector()).containsExactly(0, 0.25, 2.25, 6);
        INDArray grad = f.backprop(in.dup(), Nd4j.onesLike(in)).getFirst();
        assertThat(grad.toDoubleVector()).containsExactly(0, 1, 3, 1);
    }
}
