package dev.expolu.training;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/** The loop both trainers share: rounds, their losses, the listener, interruption, NaN. */
final class Rounds {

    private Rounds() {
    }

    /**
     * Runs {@code round} (one pass over the data, returning its mean loss) {@code rounds} times.
     * Once a round's loss is NaN, every later one is: NaN reaches every weight through the step, so
     * the rest is filled in without training.
     */
    static LossCurve run(int rounds, TrainingListener listener, DoubleSupplier round) {
        double[] losses = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TrainingInterruptedException(r);
            }
            losses[r] = round.getAsDouble();
            listener.roundFinished(r + 1, rounds, losses[r]);
            if (Double.isNaN(losses[r])) {
                Arrays.fill(losses, r + 1, rounds, Double.NaN);
                break;
            }
        }
        return new LossCurve(losses);
    }
}
