package dev.expolu.dl4j;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The score of held-out rows: their loss (DL4J's score: the mean over the rows, plus the
 * regularization) and how many of them the network classes right.
 *
 * @param loss  the mean loss of the rows
 * @param right the rows whose largest output is their label's
 * @param rows  the rows scored
 */
public record HeldOut(double loss, long right, long rows) {

    /** None yet: what {@link #plus} starts from. */
    public static final HeldOut NONE = new HeldOut(0, 0, 0);

    /**
     * The output layer's loss on {@code input}, the activations of the layer before it as the network's
     * forward pass left them, computed by the layer itself ({@code computeScore} in inference mode, as
     * {@code score(DataSet)} does); the accuracy of {@code output}, the same pass's.
     */
    static HeldOut of(IOutputLayer layer, INDArray input, INDArray output, INDArray labels, double regularization) {
        LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
        layer.setInput(input, workspaces);
        layer.setLabels(labels);
        double loss = layer.computeScore(regularization, false, workspaces);
        INDArray predicted = output.argMax(1);
        long right = predicted.eq(labels.argMax(1)).castTo(DataType.INT64).sumNumber().longValue();
        return new HeldOut(loss, right, predicted.length());
    }

    /** Both together: the loss the mean over all their rows (one batch's as it was). */
    public HeldOut plus(HeldOut other) {
        if (rows == 0) {
            return other;
        }
        long all = rows + other.rows;
        return new HeldOut((loss * rows + other.loss * other.rows) / all, right + other.right, all);
    }

    /** The share of the rows classed right. */
    public double accuracy() {
        return right / (double) rows;
    }
}
