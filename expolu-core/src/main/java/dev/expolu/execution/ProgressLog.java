package dev.expolu.execution;

import dev.expolu.judge.Bound;
import dev.expolu.report.Durations;
import dev.expolu.training.TrainingListener;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A run's progress as a line at intervals, never one per round: round, loss and the time left.
 * "seed-claim/expolu/seed-3: round 120/400, loss 3.2e-2, 1m 41s left".
 */
public final class ProgressLog implements TrainingListener {

    private final String run;
    private final long intervalNanos;
    private final Consumer<String> log;
    private final LongSupplier clock;
    private final long start;
    private long lastLine;

    public ProgressLog(String run, Duration interval, Consumer<String> log) {
        this(run, interval, log, System::nanoTime);
    }

    ProgressLog(String run, Duration interval, Consumer<String> log, LongSupplier clock) {
        this.run = run;
        this.intervalNanos = interval.toNanos();
        this.log = log;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastLine = start;
    }

    @Override
    public void roundFinished(int round, int rounds, double loss) {
        long now = clock.getAsLong();
        if (round == rounds || now - lastLine < intervalNanos) {
            return;
        }
        lastLine = now;
        long left = (now - start) / round * (rounds - round);
        log.accept(run + ": round " + round + "/" + rounds + ", loss " + Bound.format(loss) + ", "
                + Durations.format(left) + " left");
    }
}
