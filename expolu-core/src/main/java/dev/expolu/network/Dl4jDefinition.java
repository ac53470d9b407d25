package dev.expolu.network;

import dev.expolu.activation.NormalizedActivation;
import dev.expolu.run.Precision;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The seed's network as a DL4J {@link MultiLayerNetwork}: the definition the fast path is held to.
 * Each of its layers is a plain {@link DenseLayer} whose activation is
 * {@link NormalizedActivation} ({@code norma(act(norma(z)))}); the output is an MSE
 * {@link OutputLayer} of one unit, whose loss (o - y)^2 is the seed's for a batch of one.
 *
 * <p>It covers {@code powers: [1]}, the seed's configuration: the seed's quirks for more power terms
 * are no stack of DL4J layers, and train on {@code FusedTrainer} alone.
 */
public final class Dl4jDefinition {

    static {
        Nd4jLogging.quiet();
    }

    private Dl4jDefinition() {
    }

    /** The configuration: serialisable with {@code toJson()} like any DL4J network's. */
    public static MultiLayerConfiguration configuration(Architecture architecture, Precision precision) {
        if (!architecture.powers().equals(List.of(1))) {
            throw new IllegalArgumentException("the DL4J definition covers powers [1]; "
                    + architecture.powers() + " trains on the fused path only");
        }
        int n = architecture.width();
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .dataType(dataType(precision))
                .weightInit(WeightInit.ZERO)
                .list();
        NormalizedActivation body = new NormalizedActivation(architecture.activation());
        layers.layer(new DenseLayer.Builder().nIn(architecture.inputs()).nOut(n).activation(body).build());
        for (int l = 1; l < architecture.layers(); l++) {
            layers.layer(new DenseLayer.Builder().nIn(n).nOut(n).activation(body).build());
        }
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                .nIn(n).nOut(1).activation(Activation.IDENTITY).build());
        return layers.build();
    }

    /** ND4J's data type for a precision. */
    public static DataType dataType(Precision precision) {
        return precision == Precision.FLOAT32 ? DataType.FLOAT : DataType.DOUBLE;
    }

    /** A network initialised with {@code parameters}' values. */
    public static MultiLayerNetwork network(Architecture architecture, Parameters parameters) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(architecture, parameters.precision()));
        net.init();
        eachLayer(architecture, parameters, (index, w, wOffset, rows, cols, b, bOffset) -> {
            net.getLayer(index).getParam("W").assign(
                    Nd4j.createFromArray(w.read(wOffset, rows * cols)).reshape('c', rows, cols));
            net.getLayer(index).getParam("b").assign(Nd4j.createFromArray(b.read(bOffset, cols)).reshape('c', 1, cols));
        });
        return net;
    }

    /** Copies the network's values back into {@code parameters}. */
    public static void copyBack(MultiLayerNetwork net, Architecture architecture, Parameters parameters) {
        eachLayer(architecture, parameters, (index, w, wOffset, rows, cols, b, bOffset) -> {
            w.write(wOffset, net.getLayer(index).getParam("W").dup('c').castTo(DataType.DOUBLE).data().asDouble());
            b.write(bOffset, net.getLayer(index).getParam("b").dup('c').castTo(DataType.DOUBLE).data().asDouble());
        });
    }

    /** Where DL4J layer {@code index}'s W [rows, cols] and b [1, cols] live in the seed's tensors. */
    private interface LayerAction {
        void apply(int index, Tensor w, int wOffset, int rows, int cols, Tensor b, int bOffset);
    }

    /** The layout, once: layer 0 is W0[0] and B0, layer l is Wh[0, l-1] and Bh[l-1], the last Wo[0] and Bo. */
    private static void eachLayer(Architecture architecture, Parameters parameters, LayerAction action) {
        int n = architecture.width();
        action.apply(0, parameters.w0(), 0, architecture.inputs(), n, parameters.b0(), 0);
        for (int l = 0; l < architecture.layers() - 1; l++) {
            action.apply(l + 1, parameters.wh(), l * n * n, n, n, parameters.bh(), l * n);
        }
        action.apply(architecture.layers(), parameters.wo(), 0, n, 1, parameters.bo(), 0);
    }
}
