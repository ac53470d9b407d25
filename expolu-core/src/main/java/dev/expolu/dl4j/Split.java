package dev.expolu.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A table's rows shuffled from the seed and split into training and held-out rows, the features
 * standardized by the training rows where asked.
 *
 * @param train      the training rows' features
 * @param trainY     their classes
 * @param validation the held-out rows, one-hot labelled
 * @param classes    the classes
 * @param dataType   the network's
 */
record Split(double[][] train, int[] trainY, DataSet validation, int classes, DataType dataType) {

    static Split of(LabelledTable table, double share, boolean standardize, Random random, DataType dataType) {
        int n = table.y().length;
        int[] order = permutation(n, random);
        int held = Math.max(1, Math.min(n - 1, (int) Math.round(n * share)));
        double[][] train = new double[n - held][];
        int[] trainY = new int[n - held];
        double[][] val = new double[held][];
        int[] valY = new int[held];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            if (i < n - held) {
                train[i] = table.x()[row].clone();
                trainY[i] = table.y()[row];
            } else {
                val[i - (n - held)] = table.x()[row].clone();
                valY[i - (n - held)] = table.y()[row];
            }
        }
        if (standardize) {
            Standardize.by(train).apply(train).apply(val);
        }
        return new Split(train, trainY, dataSet(val, valY, table.classes(), dataType), table.classes(), dataType);
    }

    /** The training rows in an order drawn from {@code random}, {@code size} rows a batch. */
    List<DataSet> batches(int size, Random random) {
        int[] order = permutation(train.length, random);
        List<DataSet> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += size) {
            int to = Math.min(order.length, from + size);
            double[][] x = new double[to - from][];
            int[] y = new int[to - from];
            for (int i = from; i < to; i++) {
                x[i - from] = train[order[i]];
                y[i - from] = trainY[order[i]];
            }
            batches.add(dataSet(x, y, classes, dataType));
        }
        return batches;
    }

    private static DataSet dataSet(double[][] x, int[] y, int classes, DataType dataType) {
        double[][] labels = new double[y.length][classes];
        for (int i = 0; i < y.length; i++) {
            labels[i][y[i]] = 1;
        }
        return new DataSet(Nd4j.create(x).castTo(dataType), Nd4j.create(labels).castTo(dataType));
    }

    /** Fisher-Yates from {@code random}: the same order for the same seed on every JVM. */
    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
