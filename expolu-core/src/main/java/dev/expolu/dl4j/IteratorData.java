package dev.expolu.dl4j;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * The iterators a project's code made from the run's seed: the training one reset before every epoch
 * but the first, its order on each reset its own; the held-out one reset before every score but the
 * first, its batches' losses weighed by their rows.
 */
final class IteratorData implements RunData {

    private final String reference;
    private final DataSetIterator train;
    private final DataSetIterator validation;
    private final DataType dataType;
    private boolean started;
    private boolean scored;

    /** @param reference the training iterator's factory, named where it cannot reset */
    IteratorData(String reference, DataSetIterator train, DataSetIterator validation, DataType dataType) {
        this.reference = reference;
        this.train = train;
        this.validation = validation;
        this.dataType = dataType;
    }

    @Override
    public DataSetIterator epoch(int limit) {
        if (started) {
            if (!train.resetSupported()) {
                throw new IllegalStateException("data.iterator " + reference + " made an iterator that cannot reset"
                        + " (resetSupported() is false); expected one that can, to train another epoch");
            }
            train.reset();
        }
        started = true;
        return limit == Integer.MAX_VALUE ? train : new Limited(train, limit);
    }

    @Override
    public HeldOut heldOut(Dl4jNetwork net) {
        if (scored) {
            if (!validation.resetSupported()) {
                throw new IllegalStateException("data.validation made an iterator that cannot reset (resetSupported()"
                        + " is false); expected one that can, to score the held-out rows again");
            }
            validation.reset();
        }
        scored = true;
        HeldOut all = HeldOut.NONE;
        while (validation.hasNext()) {
            DataSet batch = validation.next();
            all = all.plus(net.score(new DataSet(batch.getFeatures().castTo(dataType),
                    batch.getLabels().castTo(dataType))));
        }
        if (all.rows() == 0) {
            throw new IllegalStateException("data.validation made no held-out rows for " + reference + "'s run;"
                    + " expected at least one batch, whose valLoss and accuracy the run records");
        }
        return all;
    }

    /** The first {@code limit} batches of an iterator: the last epoch, cut where training ends. */
    private static final class Limited implements DataSetIterator {

        private static final long serialVersionUID = 1L;

        private final DataSetIterator in;
        private int left;

        Limited(DataSetIterator in, int limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public boolean hasNext() {
            return left > 0 && in.hasNext();
        }

        @Override
        public DataSet next() {
            left--;
            return in.next();
        }

        @Override
        public DataSet next(int num) {
            left--;
            return in.next(num);
        }

        @Override
        public int inputColumns() {
            return in.inputColumns();
        }

        @Override
        public int totalOutcomes() {
            return in.totalOutcomes();
        }

        @Override
        public boolean resetSupported() {
            return false;
        }

        @Override
        public boolean asyncSupported() {
            return false;
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException("the last epoch's first batches cannot reset");
        }

        @Override
        public int batch() {
            return in.batch();
        }

        @Override
        public void setPreProcessor(DataSetPreProcessor preProcessor) {
            in.setPreProcessor(preProcessor);
        }

        @Override
        public DataSetPreProcessor getPreProcessor() {
            return in.getPreProcessor();
        }

        @Override
        public List<String> getLabels() {
            return in.getLabels();
        }
    }
}
