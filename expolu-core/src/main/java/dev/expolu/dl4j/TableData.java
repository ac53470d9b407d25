package dev.expolu.dl4j;

import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * A CSV table's rows, split once from the seed: each epoch the training rows in an order drawn from
 * {@code shuffle}, {@code batchSize} a batch; the held-out rows scored as one batch.
 */
record TableData(Split split, int batchSize, Random shuffle) implements RunData {

    @Override
    public DataSetIterator epoch(int limit) {
        List<DataSet> batches = split.batches(batchSize, shuffle);
        return new ListDataSetIterator<>(batches.size() > limit ? batches.subList(0, limit) : batches, batchSize);
    }

    @Override
    public HeldOut heldOut(Dl4jNetwork net) {
        return net.score(split.validation());
    }
}
