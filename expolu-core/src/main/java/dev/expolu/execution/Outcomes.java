package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Run;
import dev.expolu.judge.Bound;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.report.Durations;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What a session's runs came to: each finished run's record written at once, stored in the cache,
 * and said in one line, whichever executor trained it. Shared by the executor's threads.
 */
final class Outcomes implements RunSink {

    private final RunRecords records;
    private final Optional<RunCache> cache;
    private final TrainingLog log;
    private final int total;
    private final AtomicReferenceArray<RunRecord> done;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicBoolean cacheWarned = new AtomicBoolean();

    Outcomes(RunRecords records, Optional<RunCache> cache, TrainingLog log, int total) {
        this.records = records;
        this.cache = cache;
        this.log = log;
        this.total = total;
        this.done = new AtomicReferenceArray<>(total);
    }

    /**
     * Takes the job's record from the cache where it is there; false where it must be trained, or its
     * key is known only where it trains (its device is another machine's).
     */
    boolean fromCache(PlannedRun job) throws IOException {
        if (cache.isEmpty()) {
            log.debug(job.id() + ": no run cache (expolu.cache=false), so it trains");
            return false;
        }
        if (job.arithmetic().deviceWhereTrained()) {
            log.debug(job.id() + ": its cache key is known only where it trains (its device), so it trains");
            return false;
        }
        Run run = job.run();
        String key = job.cacheKey();
        Optional<RunRecord> cached = cache.get().get(key, run.setup().rounds())
                .map(r -> r.relabelled(run.experiment(), run.variant(), run.seed(), run.file().toString(),
                        run.experimentSha256()).inCell(run.cell()));
        if (cached.isEmpty()) {
            log.debug(job.id() + ": not in the run cache (key " + key + "), so it trains");
            return false;
        }
        log.debug(job.id() + ": taken from the run cache (key " + key + ")");
        records.write(cached.get());
        done.set(job.index(), cached.get());
        say(run, cached.get(), "cached");
        log.runCached(run.id());
        return true;
    }

    @Override
    public void started(PlannedRun job) {
        log.runStarted(job.id());
    }

    /** The records in the order of {@code jobs}. */
    List<RunRecord> records(List<PlannedRun> jobs) {
        return jobs.stream().map(j -> done.get(j.index())).toList();
    }

    @Override
    public void finished(PlannedRun planned, LossCurve curve, double seconds, Provenance provenance)
            throws IOException {
        PlannedRun job = planned.trainedUnder(provenance.arithmetic());
        Run run = job.run();
        RunRecord record = RunRecord.of(run.experiment(), run.variant(), run.seed(), curve, seconds,
                run.file().toString(), run.experimentSha256(), run.spec().setup(), provenance).inCell(run.cell());
        if (!done.compareAndSet(job.index(), null, record)) {
            throw new IllegalStateException(job.id() + " finished twice; expected every run once");
        }
        records.write(record);
        if (cache.isPresent()) {
            try {
                cache.get().put(job.cacheKey(), record);
            } catch (IOException e) {
                if (cacheWarned.compareAndSet(false, true)) {
                    log.warn("Run cache " + cache.get().directory() + " cannot be written (" + e.getMessage()
                            + "); runs are trained and recorded, but not cached");
                }
            }
        }
        say(run, record, "done");
        log.runFinished(run.id());
    }

    private void say(Run run, RunRecord record, String how) {
        boolean cached = how.equals("cached");
        log.info(run.id() + ": " + how + " (" + finished.incrementAndGet() + " of " + total + "), "
                + record.losses().length + " rounds"
                + (cached ? "" : " in " + Durations.format((long) (record.wallSeconds() * 1e9)))
                + ", final " + Bound.format(record.finalLoss()) + ", best " + Bound.format(record.minLoss())
                + (record.divergedAt().isPresent() ? ", diverged at round " + record.divergedAt().getAsInt() : ""));
    }
}
