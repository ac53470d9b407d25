package dev.expolu.training;

/** Training stopped because its thread was interrupted; the rounds done so far are lost. */
public class TrainingInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrainingInterruptedException(int round) {
        super("training interrupted after round " + round);
    }
}
