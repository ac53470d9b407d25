package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.List;

/**
 * Whether a run reached a {@link Target}: some round's value of the curve got to it, and the run never
 * diverged. What a sweep's rate claims and its phase diagram count; a run that reached a loss and then
 * went NaN or infinite did not converge.
 */
public final class Reached {

    private Reached() {
    }

    public static boolean reached(RunRecord run, Target target) {
        return run.divergedAt().isEmpty() && target.reachedBy(run.curve());
    }

    /** Whether {@code run} reached a loss of at most {@code loss}. */
    public static boolean reached(RunRecord run, double loss) {
        return reached(run, Target.loss(loss));
    }

    /** How many of {@code runs} reached {@code target}. */
    public static int count(List<RunRecord> runs, Target target) {
        return (int) runs.stream().filter(r -> reached(r, target)).count();
    }
}
