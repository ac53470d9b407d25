package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.Session.Job;
import dev.expolu.experiment.Run;
import dev.expolu.judge.Bound;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.report.Durations;
import dev.expolu.run.RunSpec;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.LossCurve;
import dev.expolu.training.RunTrainer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What a session's runs came to: each finished run's record written at once, stored in the cache,
 * and said in one line. Shared by the session's threads.
 */
final class Outcomes {

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

    /** Takes the job's record from the cache where it is there; false where it must be trained. */
    boolean fromCache(Job job) throws IOException {
        if (cache.isEmpty()) {
            return false;
        }
        Run run = job.run();
        Optional<RunRecord> cached = cache.get().get(job.cacheKey(), run.setup().rounds())
                .map(r -> r.relabelled(run.experiment(), run.variant(), run.seed(), run.file().toString(),
                        run.experimentSha256()).inCell(run.cell()));
        if (cached.isEmpty()) {
            return false;
        }
        records.write(cached.get());
        done.set(job.index(), cached.get());
        say(run, cached.get(), "cached");
        log.runCached(run.id());
        return true;
    }

    void trainOne(Job job, RunTrainer engine, Duration progressInterval) throws IOException {
        Run run = job.run();
        log.runStarted(run.id());
        long start = System.nanoTime();
        LossCurve curve = engine.train(run.spec(), new ProgressLog(run.id(), progressInterval, log::info));
        finish(job, curve, (System.nanoTime() - start) / 1e9);
    }

    void trainBatch(List<Job> jobs, BatchTrainer engine, Duration progressInterval) throws IOException {
        List<RunSpec> specs = jobs.stream().map(j -> j.run().spec()).toList();
        BatchProgressLog progress = new BatchProgressLog(jobs.stream().map(j -> j.run().id()).toList(),
                progressInterval, log::info);
        jobs.forEach(j -> log.runStarted(j.run().id()));
        engine.train(specs, new BatchTrainer.BatchListener() {
            @Override
            public void roundFinished(int[] indices, int round, int rounds, double[] losses) {
                progress.roundFinished(indices, round, rounds, losses);
            }

            @Override
            public void note(String line) {
                log.info(line);
            }

            @Override
            public void runFinished(int index, LossCurve curve, double seconds) throws IOException {
                finish(jobs.get(index), curve, seconds);
            }
        });
    }

    /** The records in the order of {@code jobs}. */
    List<RunRecord> records(List<Job> jobs) {
        return jobs.stream().map(j -> done.get(j.index())).toList();
    }

    private void finish(Job job, LossCurve curve, double seconds) throws IOException {
        Run run = job.run();
        RunRecord record = RunRecord.of(run.experiment(), run.variant(), run.seed(), curve, seconds,
                run.file().toString(), run.experimentSha256(), run.spec().setup(), Provenance.of(job.arithmetic()))
                .inCell(run.cell());
        records.write(record);
        done.set(job.index(), record);
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
