package dev.expolu.dl4j;

import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** A network of either of DL4J's kinds, initialised: trained by its own {@code fit}, scored on held-out rows. */
public interface Dl4jNetwork {

    /** The network itself: where listeners are set. */
    Model model();

    /** DL4J's own {@code fit} over the batches: an epoch, or as many of its batches as there are. */
    void fit(DataSetIterator batches);

    /**
     * The loss and accuracy of {@code data}, from one forward pass in inference mode: the loss as
     * DL4J's {@code score(data)} computes it (the output layer's loss function on its pre-activation,
     * plus the regularization), bit for bit; the accuracy from the same pass's output.
     */
    HeldOut score(DataSet data);
}
