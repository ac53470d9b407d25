package dev.expolu.dl4j;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.ExistingDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * A CSV table's rows, split once from the seed: each epoch the training rows in an order drawn from
 * {@code shuffle}, {@code batchSize} a batch, each a step of {@code fit} as it is; the held-out rows
 * scored as one batch. (Arithmetic 1 handed the batches to a {@code ListDataSetIterator} of batch size
 * {@code batchSize}, which merges that many of its elements into one: an epoch was one step of every
 * training row.)
 */
record TableData(Split split, int batchSize, Random shuffle) implements RunData {

    @Override
    public DataSetIterator epoch(int limit) {
        List<DataSet> batches = split.batches(batchSize, shuffle);
        return new ExistingDataSetIterator(batches.size() > limit ? batches.subList(0, limit) : batches);
    }

    @Override
    public HeldOut heldOut(Dl4jNetwork net) {
        return net.score(split.validation());
    }
}
