package dev.expolu.dl4j;

import dev.expolu.activation.ExpoLU;
import dev.expolu.run.Dl4jData;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.training.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A {@code model.kind: dl4j} run against DL4J's own fit loop over the same epochs, alternately in one
 * JVM: what {@code benchmarks/dl4j-fit.sh} runs. Both read the same table, split and standardize it
 * the same way and fit the same configuration with the same batches; the kind also hashes its two
 * files and records the held-out rows' loss and accuracy every epoch. Not a test: it asserts nothing.
 *
 * <p>Arguments: {@code csv label layers width epochs batch repeats}. Prints each repeat's pair and a
 * last line {@code kind_ms=... fit_ms=... ratio=...} with the medians.
 */
public final class Dl4jFitBenchmark {

    private Dl4jFitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]).toAbsolutePath();
        String label = args[1];
        int layers = Integer.parseInt(args[2]);
        int width = Integer.parseInt(args[3]);
        int epochs = Integer.parseInt(args[4]);
        int batch = Integer.parseInt(args[5]);
        int repeats = Integer.parseInt(args[6]);
        LabelledTable table = LabelledTable.read(csv, label);
        MultiLayerConfiguration conf = mlp(table.features().size(), layers, width, table.classes());
        Path folder = Files.createTempDirectory("expolu-dl4j-bench");
        Files.writeString(folder.resolve("net.json"), conf.toJson());
        Files.copy(csv, folder.resolve("data.csv"));
        Dl4jSpec spec = new Dl4jSpec("net.json", Dl4jFiles.sha256(folder.resolve("net.json")), false, Map.of(),
                new Dl4jData.Table("data.csv", Dl4jFiles.sha256(folder.resolve("data.csv")), label, 0.3, true), folder,
                batch, epochs, 0, 1);
        Dl4jFitEngine kind = new Dl4jFitEngine(dev.expolu.trainer.ProjectClasses.ofThisJvm());
        kind.train(spec, TrainingListener.NONE); // warm-up of both paths
        fit(conf, csv, label, spec);
        double[] kindMs = new double[repeats];
        double[] fitMs = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            kind.train(spec, TrainingListener.NONE);
            kindMs[r] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            fit(conf, csv, label, spec);
            fitMs[r] = (System.nanoTime() - start) / 1e6;
            System.out.printf("repeat %d: kind %.1f ms, fit %.1f ms%n", r + 1, kindMs[r], fitMs[r]);
        }
        System.out.printf("kind_ms=%.1f fit_ms=%.1f ratio=%.3f layers=%d width=%d epochs=%d batch=%d rows=%d%n",
                median(kindMs), median(fitMs), median(kindMs) / median(fitMs), layers, width, epochs, batch,
                table.y().length);
    }

    /** DL4J's own loop: the table read, split and standardized as the kind does, then fit epoch by epoch. */
    private static void fit(MultiLayerConfiguration json, Path csv, String label, Dl4jSpec spec) throws Exception {
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(json.toJson());
        conf.getConfs().forEach(c -> c.setSeed(spec.seed()));
        Split split = Split.of(LabelledTable.read(csv, label), ((Dl4jData.Table) spec.data()).validation(), true, new Random(spec.seed()),
                conf.getDataType());
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        Random shuffle = new Random(spec.seed() * 31 + 17);
        for (int epoch = 0; epoch < spec.rounds(); epoch++) {
            List<DataSet> batches = new ArrayList<>(split.batches(spec.batchSize(), shuffle));
            net.fit(new ListDataSetIterator<>(batches, spec.batchSize()));
        }
    }

    static MultiLayerConfiguration mlp(int inputs, int layers, int width, int classes) {
        var list = new NeuralNetConfiguration.Builder().seed(1).updater(new Sgd(0.05)).list();
        for (int i = 0; i < layers; i++) {
            list.layer(new DenseLayer.Builder().nIn(i == 0 ? inputs : width).nOut(width).activation(new ExpoLU()).build());
        }
        return list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width).nOut(classes)
                .activation(Activation.SOFTMAX).build()).build();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
