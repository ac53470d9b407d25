package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.Engines.EngineUnavailableException;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.Problem;
import dev.expolu.experiment.Run;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Arithmetic;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains runs and writes each run's record the moment it finishes. Every run's engine is resolved
 * before anything trains. A run the {@link RunCache} holds is taken from there ("cached"); the CPU
 * engines train one run per thread on a pool of {@code threads}; the GPU engine trains the runs of
 * one batch key together on a thread of its own. Each run owns its tensors, so a curve does not
 * depend on how many train at once. When a run fails or the caller is interrupted, the others stop;
 * the records already written stay.
 */
public final class Session {

    private final RunRecords records;
    private final int threads;
    private final Duration progressInterval;
    private final TrainingLog log;
    private final Optional<RunCache> cache;
    private final Engines engines;

    /** With a run cache: a run whose result it holds is not trained again. */
    public Session(RunRecords records, int threads, Duration progressInterval, TrainingLog log,
            Optional<RunCache> cache) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.records = records;
        this.threads = threads;
        this.progressInterval = progressInterval;
        this.log = log;
        this.cache = cache;
        this.engines = new Engines(log, cache.map(RunCache::directory));
    }

    /**
     * The records of {@code runs}, in the same order.
     *
     * @throws ExperimentException  where a run's engine cannot run here, before anything trains
     * @throws IOException          naming a record that cannot be written
     * @throws InterruptedException when the caller is interrupted; finished records stay
     */
    public List<RunRecord> train(List<Run> runs) throws ExperimentException, IOException, InterruptedException {
        records.deleteTemporaries();
        List<Job> jobs = plan(runs);
        Outcomes outcomes = new Outcomes(records, cache, log, runs.size());
        List<Job> toTrain = new ArrayList<>();
        for (Job job : jobs) {
            if (!outcomes.fromCache(job)) {
                toTrain.add(job);
            }
        }
        ExecutorService cpu = pool("expolu-train", threads);
        ExecutorService device = pool("expolu-device", 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            Map<String, List<Job>> batches = new LinkedHashMap<>();
            for (Job job : toTrain) {
                if (job.engine() instanceof BatchTrainer batch) {
                    batches.computeIfAbsent(batch.id() + "|" + batch.batchKey(job.run().spec()), k -> new ArrayList<>())
                            .add(job);
                } else {
                    futures.add(cpu.submit(() -> {
                        outcomes.trainOne(job, (RunTrainer) job.engine(), progressInterval);
                        return null;
                    }));
                }
            }
            for (List<Job> batch : batches.values()) {
                futures.add(device.submit(() -> {
                    outcomes.trainBatch(batch, (BatchTrainer) batch.get(0).engine(), progressInterval);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return outcomes.records(jobs);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            cpu.shutdownNow();
            device.shutdownNow();
        }
    }

    /** Resolves every run's engine and arithmetic before anything trains. */
    private List<Job> plan(List<Run> runs) throws ExperimentException {
        List<Job> jobs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Arithmetic> arithmetic = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            try {
                TrainingEngine engine = engines.resolve(run.setup().engine());
                Arithmetic a = arithmetic.computeIfAbsent(engine.id() + "|" + run.setup().precision(),
                        k -> engine.arithmetic(run.setup().precision()));
                jobs.add(new Job(i, run, engine, a));
            } catch (EngineUnavailableException e) {
                if (run.engineLine() == 0) {
                    throw new EngineOverrideException("expolu.engine " + e.getMessage());
                }
                Problem problem = new Problem(run.file(), run.engineLine(), "training.engine", e.getMessage());
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        return jobs;
    }

    private static ExecutorService pool(String name, int size) {
        AtomicInteger next = new AtomicInteger();
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name + "-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One run to train: where it stands in the session, its engine and that engine's arithmetic. */
    record Job(int index, Run run, TrainingEngine engine, Arithmetic arithmetic) {
        String cacheKey() {
            return RunCache.key(run.spec(), arithmetic);
        }
    }
}
