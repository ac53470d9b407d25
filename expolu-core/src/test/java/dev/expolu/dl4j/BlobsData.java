package dev.expolu.dl4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/** Factories a project writes for {@code data.iterator}: two blobs, made in Java from the run's seed. */
public final class BlobsData {

    private BlobsData() {
    }

    /** 60 rows in batches of 16 (ListDataSetIterator merges 16 of its one-row DataSets), in an order drawn from the seed. */
    public static DataSetIterator train(long seed) {
        List<DataSet> rows = rows(60, 42);
        Collections.shuffle(rows, new Random(seed));
        return new ListDataSetIterator<>(rows, 16);
    }

    /** 20 other rows, in batches of 8. */
    public static DataSetIterator validation(long seed) {
        return new ListDataSetIterator<>(rows(20, 7), 8);
    }

    /** The training rows once: an iterator that cannot reset. */
    public static DataSetIterator once(long seed) {
        List<DataSet> batches = new ArrayList<>();
        train(seed).forEachRemaining(batches::add);
        return new org.deeplearning4j.datasets.iterator.ExistingDataSetIterator(batches.iterator());
    }

    /** No rows at all. */
    public static DataSetIterator empty(long seed) {
        return new ListDataSetIterator<>(new ArrayList<DataSet>(), 8);
    }

    /** Takes the seed, but makes no iterator: refused. */
    public static String describe(long seed) {
        return "blobs " + seed;
    }

    /** Takes no seed: refused. */
    public static DataSetIterator unseeded() {
        return train(0);
    }

    private static List<DataSet> rows(int n, long seed) {
        Random random = new Random(seed);
        List<DataSet> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            double[][] x = {{3 * label + random.nextGaussian() * 0.6, 3 * label + random.nextGaussian() * 0.6}};
            double[][] y = {{1 - label, label}};
            rows.add(new DataSet(Nd4j.create(x), Nd4j.create(y)));
        }
        return rows;
    }
}
