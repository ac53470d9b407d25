package dev.expolu.execution;

import dev.expolu.judge.Bound;
import dev.expolu.report.Durations;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A batch's progress as a line at intervals: how many runs, the round, the range of their losses and
 * the time left. "cuda: 20 runs (seed-claim-full/expolu/seed-1 ...), round 120/400, loss 3.2e-8 to
 * 41.5, 20s left".
 */
final class BatchProgressLog {

    private final List<String> runs;
    private final long intervalNanos;
    private final Consumer<String> log;
    private final LongSupplier clock;
    private final long start;
    private long lastLine;

    BatchProgressLog(List<String> runs, Duration interval, Consumer<String> log) {
        this(runs, interval, log, System::nanoTime);
    }

    BatchProgressLog(List<String> runs, Duration interval, Consumer<String> log, LongSupplier clock) {
        this.runs = List.copyOf(runs);
        this.intervalNanos = interval.toNanos();
        this.log = log;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    void roundFinished(int[] indices, int round, int rounds, double[] losses) {
        long now = clock.getAsLong();
        if (round == rounds || now - lastLine < intervalNanos) {
            return;
        }
        lastLine = now;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int diverged = 0;
        for (double loss : losses) {
            if (!Double.isFinite(loss)) {
                diverged++;
            } else {
                low = Math.min(low, loss);
                high = Math.max(high, loss);
            }
        }
        long left = (now - start) / round * (rounds - round);
        String range = diverged == losses.length ? "every loss not finite"
                : "loss " + Bound.format(low) + " to " + Bound.format(high)
                        + (diverged > 0 ? ", " + diverged + " not finite" : "");
        log.accept(indices.length + " run(s) at once (" + runs.get(indices[0])
                + (indices.length > 1 ? " ..." : "") + "): round " + round + "/" + rounds + ", " + range + ", "
                + Durations.format(left) + " left");
    }
}
