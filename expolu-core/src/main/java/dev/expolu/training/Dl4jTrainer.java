package dev.expolu.training;

import dev.expolu.network.Architecture;
import dev.expolu.network.Dl4jDefinition;
import dev.expolu.network.Parameters;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reference path: the seed's manual SGD through DL4J's own {@link MultiLayerNetwork}, one sample
 * at a time: {@code computeGradientAndScore}, then {@code params -= learningRate * gradient} in
 * place. Some 20x slower than {@link FusedTrainer}; it is what the fast path is tested against.
 */
public final class Dl4jTrainer implements Trainer {

    @Override
    public LossCurve train(Architecture architecture, Parameters parameters, Dataset data, double learningRate,
            int rounds, TrainingListener listener) {
        MultiLayerNetwork net = Dl4jDefinition.network(architecture, parameters);
        INDArray[] inputs = new INDArray[data.size()];
        INDArray[] targets = new INDArray[data.size()];
        for (int s = 0; s < data.size(); s++) {
            inputs[s] = Nd4j.createFromArray(data.inputs()[s]).reshape(1, data.features())
                    .castTo(Dl4jDefinition.dataType(parameters.precision()));
            targets[s] = Nd4j.createFromArray(new double[] {data.targets()[s]}).reshape(1, 1)
                    .castTo(Dl4jDefinition.dataType(parameters.precision()));
        }
        LossCurve curve = Rounds.run(rounds, listener, () -> {
            double sum = 0;
            for (int s = 0; s < data.size(); s++) {
                net.setInput(inputs[s]);
                net.setLabels(targets[s]);
                net.computeGradientAndScore();
                sum += net.score();
                INDArray gradient = net.getGradientsViewArray();
                net.params().subi(gradient.reshape(net.params().shape()).mul(learningRate));
            }
            return sum / data.size();
        });
        Dl4jDefinition.copyBack(net, architecture, parameters);
        return curve;
    }
}
