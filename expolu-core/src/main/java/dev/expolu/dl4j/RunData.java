package dev.expolu.dl4j;

import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** A run's data, as DL4J's {@code fit} and the held-out score take it: epoch after epoch of batches. */
interface RunData {

    /**
     * The next epoch's batches, at most {@code limit} of them (an epoch cut short where training ends
     * inside it).
     *
     * @throws IllegalStateException where there are no more: an iterator that cannot reset
     */
    DataSetIterator epoch(int limit);

    /** The held-out rows' loss and accuracy on {@code net} as it is now, from one forward pass over them. */
    HeldOut heldOut(Dl4jNetwork net);
}
