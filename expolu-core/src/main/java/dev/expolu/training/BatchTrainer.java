package dev.expolu.training;

import dev.expolu.run.NetworkSpec;
import java.io.IOException;
import java.util.List;

/**
 * An engine that trains many runs at once, each with its own weights and its own per-sample SGD.
 * Runs with the same {@link #batchKey(NetworkSpec)} may train together.
 */
public interface BatchTrainer extends TrainingEngine {

    /** Runs of one key train in one batch: the same shape, data, rounds and dtype. */
    String batchKey(NetworkSpec spec);

    /**
     * Trains the runs, all of one batch key, in as few batches as the device holds, reporting each
     * run as its batch finishes.
     *
     * @throws IOException                  where init files cannot be read
     * @throws TrainingInterruptedException when the thread is interrupted between rounds
     */
    void train(List<NetworkSpec> runs, BatchListener listener) throws IOException;

    /** Hears of a batch's rounds and of each run as it finishes; called on the training thread. */
    interface BatchListener {

        /**
         * A round of the runs at {@code indices} (positions in the list given to train) finished.
         *
         * @param losses their losses, in the order of {@code indices}
         */
        void roundFinished(int[] indices, int round, int rounds, double[] losses);

        /** The run at {@code index} finished, after {@code seconds} of its batch's training. */
        void runFinished(int index, LossCurve curve, double seconds) throws IOException;

        /** Something the build's log should say, such as how the runs were split to fit the device. */
        default void note(String line) {
        }
    }
}
