package dev.expolu.lock;

import java.util.List;

/**
 * What holding an experiment to its lock came to, as a build and a test report show it.
 *
 * @param failures lines that fail the build: moved curves, and under {@code strict} what the lock
 *                 cannot gate
 * @param ungated  lines on what the lock cannot gate (missing, runs it does not hold or holds under
 *                 other arithmetic, runs the experiment no longer has); warnings under {@code verify}
 * @param matched  the runs held to it that matched bit for bit
 */
public record LockOutcome(List<String> failures, List<String> ungated, int matched) {

    public LockOutcome {
        failures = List.copyOf(failures);
        ungated = List.copyOf(ungated);
    }

    /** Nothing was gated and nothing failed: the lock held no run of this build to anything. */
    public boolean gatedNothing() {
        return failures.isEmpty() && matched == 0;
    }
}
