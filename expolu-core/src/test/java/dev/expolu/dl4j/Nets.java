package dev.expolu.dl4j;

import dev.expolu.activation.ExpoLU;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Factories a project writes for {@code model.factory}: a network made in Java, its shape from the file. */
public final class Nets {

    private Nets() {
    }

    /** A plain MLP: {@code layers} and {@code width} from the parameters, ExpoLU or ReLU by {@code activation}. */
    public static MultiLayerConfiguration mlp(Map<String, String> parameters) {
        return mlp(parameters, new NeuralNetConfiguration.Builder().seed(0));
    }

    /**
     * The same MLP built as a project would, with no seed of its own: DL4J's builder then seeds it from
     * the clock, so that each call's JSON differs.
     */
    public static MultiLayerConfiguration unseeded(Map<String, String> parameters) {
        return mlp(parameters, new NeuralNetConfiguration.Builder());
    }

    private static MultiLayerConfiguration mlp(Map<String, String> parameters, NeuralNetConfiguration.Builder builder) {
        int layers = Integer.parseInt(parameters.getOrDefault("layers", "2"));
        int width = Integer.parseInt(parameters.getOrDefault("width", "8"));
        IActivation activation = "relu".equals(parameters.get("activation")) ? Activation.RELU.getActivationFunction()
                : new ExpoLU();
        var list = builder.updater(new Sgd(0.1)).list();
        for (int i = 0; i < layers; i++) {
            list.layer(new DenseLayer.Builder().nIn(i == 0 ? 2 : width).nOut(width).activation(activation).build());
        }
        return list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width).nOut(2)
                .activation(Activation.SOFTMAX).build()).build();
    }

    /** The same MLP as a {@code ComputationGraph}, the network itself: its configuration is what trains. */
    public static ComputationGraph graph(Map<String, String> parameters) {
        int width = Integer.parseInt(parameters.getOrDefault("width", "8"));
        ComputationGraph graph = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(0).updater(new Sgd(0.1))
                .graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(2).nOut(width).activation(new ExpoLU()).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build());
        graph.init();
        return graph;
    }

    /** A graph of two inputs, which the kind cannot feed from one table. */
    public static ComputationGraphConfiguration twoInputs() {
        return new NeuralNetConfiguration.Builder().graphBuilder().addInputs("a", "b")
                .addLayer("hidden", new DenseLayer.Builder().nIn(4).nOut(4).build(), "a", "b")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(4).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build();
    }

    /** A factory that takes no parameters. */
    public static MultiLayerConfiguration fixed() {
        return mlp(Map.of());
    }
}
