package dev.expolu.experiments;

import dev.expolu.activation.ExpoLU;
import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.api.Run;
import dev.expolu.api.Trainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * A deep plain MLP on the UCI wine data ({@code src/experiments/data/wine.csv}: 178 wines, 13
 * features, 3 cultivars), in DL4J, as a project would write its own trainer: {@code layers} dense
 * layers of {@code width} units with the activation of the variant ({@code expolu}, expolu's own
 * {@link ExpoLU} with the seed's a=1, b=1, p=2, or {@code relu}, DL4J's), weights N(0, 1/fanIn)
 * ({@code WeightInit.NORMAL}; the net is {@link WineNets}'s), zero biases, a softmax output under
 * cross-entropy, plain SGD, in double precision.
 *
 * <p>Everything random comes from the run's seed: the stratified split (in each class, a seeded
 * shuffle, then {@code validation} of it held out), the network's initial weights and the order of the
 * mini-batches. The features are standardised by the training part's mean and standard deviation.
 * One round is one epoch: the training rows in a new seeded order, {@code batch} at a time.
 *
 * <p>Each round reports {@code loss}, the mean cross-entropy over the whole training part after the
 * epoch; {@code valLoss}, the same on the held-out part; and {@code accuracy}, the share of held-out
 * wines whose most probable class is theirs.
 *
 * <p>Parameters ({@code model.parameters}): {@code data} (the CSV, relative to the project's folder),
 * {@code activation} ({@code expolu} or {@code relu}), and optionally {@code layers} (12), {@code width}
 * (24), {@code learningRate} (0.05), {@code batch} (16) and {@code validation} (0.3).
 */
public class WineMlpTrainer implements Trainer {

    static final int FEATURES = 13;
    static final int CLASSES = 3;

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.lower("loss"), Metric.lower("valLoss"), Metric.higher("accuracy"));
    }

    /**
     * Trains on one OpenMP thread, this thread's setting restored after. ND4J's ops on arrays this small
     * gain nothing from more, and where the cores are busy (the plugin's other run, other builds) its
     * waiting threads made a run four to six times slower: measured on this project's 2-core machine at
     * a load of about 9, seed 1 of ReLU at 12 x 24 took 13 s on one thread and 73 s on two (again: 11 s
     * and 52 s); the curves were bit for bit the same either way (and with OMP_NUM_THREADS 1, 2 or unset).
     * OpenMP keeps the setting per thread, so it is set and restored on the thread that trains.
     */
    @Override
    public void train(Run run, Rounds rounds) throws IOException, InterruptedException {
        Nd4j.getBackend(); // loads the natives NativeOpsHolder needs
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int threads = ops.ompGetMaxThreads();
        ops.setOmpNumThreads(1);
        try {
            trainOneThread(run, rounds);
        } finally {
            ops.setOmpNumThreads(threads);
        }
    }

    private void trainOneThread(Run run, Rounds rounds) throws IOException, InterruptedException {
        int layers = run.integer("layers", 12);
        int width = run.integer("width", 24);
        double learningRate = run.number("learningRate", 0.05);
        int batch = run.integer("batch", 16);
        double validation = run.number("validation", 0.3);
        IActivation activation = activation(run.text("activation"));

        List<double[]> rows = read(Path.of(run.text("data")));
        Random random = new Random(run.seed());
        Split split = Split.stratified(rows, validation, random);
        DataSet train = split.training();
        DataSet held = split.validation();

        MultiLayerNetwork net = new MultiLayerNetwork(WineNets.mlp(layers, width, learningRate, activation, run.seed()));
        net.init();

        int n = train.numExamples();
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int round = 0; round < run.rounds(); round++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            shuffle(order, random);
            for (int from = 0; from < n; from += batch) {
                int[] part = Arrays.copyOfRange(order, from, Math.min(n, from + batch));
                net.fit(new DataSet(train.getFeatures().getRows(part), train.getLabels().getRows(part)));
            }
            double[] heldOut = crossEntropyAndAccuracy(net, held);
            rounds.report(net.score(train), heldOut[0], heldOut[1]);
        }
    }

    /** The variant's activation: expolu's own ExpoLU (the seed's defaults), or DL4J's ReLU. */
    static IActivation activation(String name) {
        return switch (name) {
            case "expolu" -> new ExpoLU();
            case "relu" -> Activation.RELU.getActivationFunction();
            default -> throw new IllegalArgumentException("model.parameters.activation is '" + name
                    + "', but expected expolu or relu");
        };
    }

    /**
     * {@code data}'s mean cross-entropy, from one forward pass (each probability clipped to at least
     * 1e-10, as DL4J's MCXENT clips a softmax output), and the share of its rows whose most probable class
     * is their label.
     */
    static double[] crossEntropyAndAccuracy(MultiLayerNetwork net, DataSet data) {
        double[][] p = net.output(data.getFeatures(), false).toDoubleMatrix();
        double[][] y = data.getLabels().toDoubleMatrix();
        double loss = 0;
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            int label = argMax(y[i]);
            loss -= StrictMath.log(Math.max(p[i][label], 1e-10));
            right += argMax(p[i]) == label ? 1 : 0;
        }
        return new double[] {loss / p.length, right / (double) p.length};
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The CSV's rows after its header: 13 features, then the label 0..2. */
    static List<double[]> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length != FEATURES + 1) {
                throw new IOException(file + ": a row of " + fields.length + " fields, but expected "
                        + (FEATURES + 1) + ": " + line);
            }
            rows.add(Arrays.stream(fields).mapToDouble(Double::parseDouble).toArray());
        }
        return rows;
    }

    /** Fisher-Yates with {@code random}. */
    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The two parts of the data, standardised by the training part. */
    record Split(double[][] trainX, int[] trainY, double[][] validX, int[] validY) {

        /** In each class a seeded shuffle, its first {@code fraction} (rounded) held out. */
        static Split stratified(List<double[]> rows, double fraction, Random random) {
            List<double[]> train = new ArrayList<>();
            List<double[]> valid = new ArrayList<>();
            for (int c = 0; c < CLASSES; c++) {
                int label = c;
                List<double[]> of = new ArrayList<>(rows.stream().filter(r -> r[FEATURES] == label).toList());
                int[] order = new int[of.size()];
                Arrays.setAll(order, i -> i);
                shuffle(order, random);
                int held = (int) Math.round(of.size() * fraction);
                for (int i = 0; i < order.length; i++) {
                    (i < held ? valid : train).add(of.get(order[i]));
                }
            }
            double[] mean = new double[FEATURES];
            double[] std = new double[FEATURES];
            for (double[] r : train) {
                for (int f = 0; f < FEATURES; f++) {
                    mean[f] += r[f] / train.size();
                }
            }
            for (double[] r : train) {
                for (int f = 0; f < FEATURES; f++) {
                    std[f] += (r[f] - mean[f]) * (r[f] - mean[f]) / train.size();
                }
            }
            for (int f = 0; f < FEATURES; f++) {
                std[f] = Math.sqrt(std[f]);
            }
            return new Split(features(train, mean, std), labels(train), features(valid, mean, std), labels(valid));
        }

        private static double[][] features(List<double[]> rows, double[] mean, double[] std) {
            double[][] x = new double[rows.size()][FEATURES];
            for (int i = 0; i < rows.size(); i++) {
                for (int f = 0; f < FEATURES; f++) {
                    x[i][f] = (rows.get(i)[f] - mean[f]) / std[f];
                }
            }
            return x;
        }

        private static int[] labels(List<double[]> rows) {
            return rows.stream().mapToInt(r -> (int) r[FEATURES]).toArray();
        }

        DataSet training() {
            return dataSet(trainX, trainY);
        }

        DataSet validation() {
            return dataSet(validX, validY);
        }

        private static DataSet dataSet(double[][] x, int[] y) {
            double[][] oneHot = new double[y.length][CLASSES];
            for (int i = 0; i < y.length; i++) {
                oneHot[i][y[i]] = 1;
            }
            return new DataSet(Nd4j.createFromArray(x), Nd4j.createFromArray(oneHot));
        }
    }
}
