package dev.expolu.experiments;

import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * {@code model.factory} of {@code wine-dl4j-ci.yaml}: the deep plain MLP of {@link WineMlpTrainer} as a
 * DL4J configuration, trained by the dl4j kind (DL4J's own {@code fit}) in place of a trainer's loop:
 * {@code layers} dense layers of {@code width} units with the variant's activation (expolu's own
 * {@code ExpoLU}, a=1, b=1, p=2, or DL4J's ReLU), weights N(0, 1/fanIn), zero biases, softmax under
 * cross-entropy, plain SGD at {@code learningRate}, in double precision. The run's seed is set by the kind.
 */
public final class WineNets {

    private WineNets() {
    }

    /** Parameters: {@code activation} (expolu or relu), {@code layers}, {@code width}, {@code learningRate}. */
    public static MultiLayerConfiguration mlp(Map<String, String> parameters) {
        return mlp(Integer.parseInt(parameters.getOrDefault("layers", "12")),
                Integer.parseInt(parameters.getOrDefault("width", "24")),
                Double.parseDouble(parameters.getOrDefault("learningRate", "0.01")),
                WineMlpTrainer.activation(parameters.getOrDefault("activation", "expolu")), 0);
    }

    /** The net of both: {@link WineMlpTrainer}'s, seeded by its run, and the factory's, seeded by the kind. */
    static MultiLayerConfiguration mlp(int layers, int width, double learningRate, IActivation activation, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.NORMAL)
                .biasInit(0)
                .updater(new Sgd(learningRate))
                .list();
        for (int l = 0; l < layers; l++) {
            list.layer(new DenseLayer.Builder().nIn(l == 0 ? WineMlpTrainer.FEATURES : width).nOut(width)
                    .activation(activation).build());
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width)
                .nOut(WineMlpTrainer.CLASSES).activation(Activation.SOFTMAX).build());
        return list.build();
    }
}
