package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.List;

/**
 * Whether a run reached a loss: some round's loss was at most it, and the run never diverged. What a
 * sweep's rate claims and its phase diagram count; a run that reached a loss and then went NaN or
 * infinite did not converge.
 */
public final class Reached {

    private Reached() {
    }

    public static boolean reached(RunRecord run, double loss) {
        return run.divergedAt().isEmpty() && run.curve().roundsTo(loss).isPresent();
    }

    /** How many of {@code runs} reached {@code loss}. */
    public static int count(List<RunRecord> runs, double loss) {
        return (int) runs.stream().filter(r -> reached(r, loss)).count();
    }
}
