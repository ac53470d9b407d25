package dev.expolu.dl4j;

import dev.expolu.activation.ExpoLU;
import dev.expolu.run.Dl4jData;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.training.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A {@code model.kind: dl4j} run against DL4J's own fit loop over the same epochs, alternately in one
 * JVM: what {@code benchmarks/dl4j-fit.sh} runs. All read the same table, split and standardize it the
 * same way and fit the same configuration with the same batches. Three loops a repeat, their order
 * turned by one each repeat:
 * <ul>
 * <li>{@code kind}: the engine, which also hashes its two files and records the held-out rows' loss
 * and accuracy every epoch;</li>
 * <li>{@code eval}: DL4J's loop doing what those metrics take in plain DL4J: once an epoch, one
 * {@code output} of the held-out rows, their loss from it by the output layer's loss function, and
 * their accuracy from it;</li>
 * <li>{@code fit}: DL4J's loop and nothing else.</li>
 * </ul>
 * The harness's overhead is kind / eval (the goal: at most 1.05); eval / fit is what the metrics
 * cost in DL4J itself. Not a test: it asserts nothing.
 *
 * <p>Arguments: {@code csv label layers width epochs batch repeats}. Prints each repeat's times (wall
 * and this thread's CPU time), and for each the medians and each ratio as the median of the repeats'
 * own ratios with its quartiles.
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
        var curve = kind.train(spec, TrainingListener.NONE); // warm-up of every path
        System.out.printf("the kind's curve: loss %.4g to %.4g, valLoss %.4g, accuracy %.3f at the end%n",
                curve.losses()[0], curve.losses()[epochs - 1], curve.metrics().get(0).values()[epochs - 1],
                curve.metrics().get(1).values()[epochs - 1]);
        fit(conf, csv, label, spec, true);
        fit(conf, csv, label, spec, false);
        double[][] wall = new double[3][repeats];
        double[][] cpu = new double[3][repeats];
        for (int r = 0; r < repeats; r++) {
            for (int turn = 0; turn < 3; turn++) {
                int loop = (turn + r) % 3; // each first in a third of the repeats: no loop always follows another
                long cpuStart = THREAD.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                if (loop == 0) {
                    kind.train(spec, TrainingListener.NONE);
                } else {
                    fit(conf, csv, label, spec, loop == 1);
                }
                wall[loop][r] = (System.nanoTime() - start) / 1e6;
                cpu[loop][r] = (THREAD.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            System.out.printf("repeat %d: kind %.1f ms (cpu %.1f), eval %.1f ms (cpu %.1f), fit %.1f ms (cpu %.1f)%n", r + 1,
                    wall[0][r], cpu[0][r], wall[1][r], cpu[1][r], wall[2][r], cpu[2][r]);
        }
        for (double[][] t : new double[][][] {wall, cpu}) {
            System.out.printf("%s: kind_ms=%.1f eval_ms=%.1f fit_ms=%.1f kind/eval=%s kind/fit=%s eval/fit=%s%n",
                    t == wall ? "wall" : "cpu", median(t[0]), median(t[1]), median(t[2]), ratio(t[0], t[1]),
                    ratio(t[0], t[2]), ratio(t[1], t[2]));
        }
        System.out.printf("layers=%d width=%d epochs=%d batch=%d rows=%d repeats=%d%n", layers, width, epochs, batch,
                table.y().length, repeats);
    }

    /** This thread's CPU time: ND4J's ops run on it with one OMP thread, and other processes' load is not in it. */
    private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory
            .getThreadMXBean();

    /**
     * DL4J's own loop: the table read, split and standardized as the kind does, then fit epoch by
     * epoch, a batch a step; with {@code metrics}, the held-out rows' loss and accuracy once an epoch
     * from one {@code output}.
     */
    private static void fit(MultiLayerConfiguration json, Path csv, String label, Dl4jSpec spec, boolean metrics)
            throws Exception {
        MultiLayerConfiguration conf = MultiLayerConfiguration.fromJson(json.toJson());
        conf.getConfs().forEach(c -> c.setSeed(spec.seed()));
        Split split = Split.of(LabelledTable.read(csv, label), ((Dl4jData.Table) spec.data()).validation(), true,
                new Random(spec.seed()), conf.getDataType());
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        ILossFunction loss = ((org.deeplearning4j.nn.conf.layers.BaseOutputLayer) conf.getConf(conf.getConfs().size() - 1)
                .getLayer()).getLossFn();
        DataSet held = split.validation();
        Random shuffle = new Random(spec.seed() * 31 + 17);
        double sink = 0;
        for (int epoch = 0; epoch < spec.rounds(); epoch++) {
            net.fit(new ExistingDataSetIterator(split.batches(spec.batchSize(), shuffle)));
            if (metrics) {
                INDArray output = net.output(held.getFeatures(), false);
                sink += loss.computeScore(held.getLabels(), output, new ActivationIdentity(), null, true);
                sink += output.argMax(1).eq(held.getLabels().argMax(1)).castTo(output.dataType()).meanNumber()
                        .doubleValue();
            }
        }
        if (sink == 42) {
            System.out.println("a use of the metrics, that they are computed");
        }
    }

    /**
     * A deep plain MLP with ExpoLU, SGD at 0.01: at 0.05, which arithmetic 1 used (an epoch one step of
     * all rows), batches of 16 drive a 12 x 32 net to NaN within the 30 epochs.
     */
    static MultiLayerConfiguration mlp(int inputs, int layers, int width, int classes) {
        var list = new NeuralNetConfiguration.Builder().seed(1).updater(new Sgd(0.01)).list();
        for (int i = 0; i < layers; i++) {
            list.layer(new DenseLayer.Builder().nIn(i == 0 ? inputs : width).nOut(width).activation(new ExpoLU()).build());
        }
        return list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width).nOut(classes)
                .activation(Activation.SOFTMAX).build()).build();
    }

    /** The median of the repeats' own ratios, and their quartiles: {@code 1.031 [1.012, 1.049]}. */
    private static String ratio(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        Arrays.sort(r);
        return String.format("%.3f[%.3f,%.3f]", median(r), r[(r.length - 1) / 4], r[(3 * (r.length - 1) + 3) / 4]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
