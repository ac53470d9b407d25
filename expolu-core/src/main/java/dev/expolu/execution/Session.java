package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Run;
import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.record.Versions;
import dev.expolu.report.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Trains runs on a pool of threads, one run per thread at a time, and writes each run's record the
 * moment it finishes; with a {@link RunCache}, a run it holds is taken from there ("cached"). Each run is single-threaded and owns its tensors, so a curve does not depend
 * on how many run at once. When a run fails or the caller is interrupted, the other runs are
 * stopped; the records already written stay.
 */
public final class Session {

    private final RunRecords records;
    private final int threads;
    private final Duration progressInterval;
    private final Consumer<String> log;
    private final Optional<RunCache> cache;

    public Session(RunRecords records, int threads, Duration progressInterval, Consumer<String> log) {
        this(records, threads, progressInterval, log, Optional.empty());
    }

    /** With a run cache: a run whose result it holds is not trained again. */
    public Session(RunRecords records, int threads, Duration progressInterval, Consumer<String> log,
            Optional<RunCache> cache) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.records = records;
        this.threads = threads;
        this.progressInterval = progressInterval;
        this.log = log;
        this.cache = cache;
    }

    /** The records of {@code runs}, in the same order. */
    public List<RunRecord> train(List<Run> runs) throws InterruptedException {
        records.deleteTemporaries();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, runs.size())), r -> {
            Thread t = new Thread(r, "expolu-train-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunRecord>> futures = new ArrayList<>();
            for (Run run : runs) {
                futures.add(pool.submit(() -> {
                    String key = cache.isPresent() ? cache.get().key(run, Runner.describe(run.setup()),
                            Versions.of(run.setup()).key()) : null;
                    Optional<RunRecord> cached = cache.flatMap(c -> c.get(key, run));
                    RunRecord record = cached.orElseGet(
                            () -> Runner.run(run, new ProgressLog(run.id(), progressInterval, log)));
                    records.write(record);
                    if (cache.isPresent() && cached.isEmpty()) {
                        cache.get().put(key, record);
                    }
                    log.accept(run.id() + ": " + (cached.isPresent() ? "cached" : "done") + " (" + done.incrementAndGet()
                            + " of " + runs.size() + "), " + record.losses().length + " rounds"
                            + (cached.isPresent() ? "" : " in " + Durations.format((long) (record.wallSeconds() * 1e9)))
                            + ", final " + Bound.format(record.finalLoss()) + ", best " + Bound.format(record.minLoss()));
                    return record;
                }));
            }
            List<RunRecord> result = new ArrayList<>();
            for (Future<RunRecord> future : futures) {
                result.add(future.get());
            }
            return result;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
