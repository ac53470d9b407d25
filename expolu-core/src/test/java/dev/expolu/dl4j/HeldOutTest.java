package dev.expolu.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.activation.ExpoLU;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** The held-out score from one forward pass is DL4J's own score and output's accuracy, bit for bit. */
class HeldOutTest {

    private static final DataSet TRAIN = blobs(64, 1);
    private static final DataSet HELD = blobs(27, 2);

    @Test
    void aStackOfLayersScoresAsItsOwnScoreAndOutputDo() {
        var builder = new NeuralNetConfiguration.Builder().seed(3).updater(new Sgd(0.1)).l2(1e-3).dataType(DataType.DOUBLE);
        MultiLayerConfiguration conf = builder.list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(6).activation(new ExpoLU()).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build();
        Dl4jNetwork ours = Dl4jConfiguration.fromJson(conf.toJson()).network(3);
        MultiLayerNetwork theirs = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(conf.toJson()));
        theirs.init();
        for (int epoch = 0; epoch < 3; epoch++) {
            ours.fit(batches());
            theirs.fit(batches());

            HeldOut held = ours.score(HELD);

            assertThat(held.loss()).isEqualTo(theirs.score(HELD));
            assertThat(held.accuracy()).isEqualTo(accuracy(theirs.output(HELD.getFeatures(), false)));
        }
        assertThat(ours.score(HELD).loss()).as("the regularization is in it").isGreaterThan(0);
    }

    @Test
    void aGraphScoresAsItsOwnScoreAndOutputDo() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Sgd(0.1)).l2(1e-3)
                .dataType(DataType.DOUBLE).graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(2).nOut(6).activation(new ExpoLU()).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build();
        Dl4jNetwork ours = Dl4jConfiguration.fromJson(conf.toJson()).network(3);
        ComputationGraph theirs = new ComputationGraph(ComputationGraphConfiguration.fromJson(conf.toJson()));
        theirs.init();
        for (int epoch = 0; epoch < 3; epoch++) {
            ours.fit(batches());
            theirs.fit(batches());

            HeldOut held = ours.score(HELD);

            assertThat(held.loss()).isEqualTo(theirs.score(HELD));
            assertThat(held.accuracy()).isEqualTo(accuracy(theirs.outputSingle(HELD.getFeatures())));
        }
    }

    @Test
    void batchesTogetherWeighTheirLossesByTheirRows() {
        HeldOut both = HeldOut.NONE.plus(new HeldOut(0.5, 3, 4)).plus(new HeldOut(2.0, 1, 2));

        assertThat(both.loss()).isEqualTo(1.0);
        assertThat(both.accuracy()).isEqualTo(4 / 6.0);
        assertThat(HeldOut.NONE.plus(new HeldOut(0.1, 1, 3)).loss()).as("one batch's as it was").isEqualTo(0.1);
    }

    private static ListDataSetIterator<DataSet> batches() {
        List<DataSet> list = new ArrayList<>(TRAIN.batchBy(16));
        return new ListDataSetIterator<>(list, 16);
    }

    private static double accuracy(INDArray output) {
        INDArray predicted = output.argMax(1);
        INDArray actual = HELD.getLabels().argMax(1);
        long right = 0;
        for (long i = 0; i < predicted.length(); i++) {
            right += predicted.getLong(i) == actual.getLong(i) ? 1 : 0;
        }
        return right / (double) predicted.length();
    }

    /** Three blobs, 2 apart, in two features. */
    private static DataSet blobs(int rows, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[rows][2];
        double[][] y = new double[rows][3];
        for (int i = 0; i < rows; i++) {
            int label = i % 3;
            x[i][0] = 2 * label + random.nextGaussian();
            x[i][1] = -2 * label + random.nextGaussian();
            y[i][label] = 1;
        }
        return new DataSet(Nd4j.create(x), Nd4j.create(y));
    }
}
