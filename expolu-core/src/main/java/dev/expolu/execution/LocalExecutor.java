package dev.expolu.execution;

import dev.expolu.record.Provenance;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.LossCurve;
import dev.expolu.training.RunTrainer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code expolu.executor=local}, the default: the CPU engines train one run per thread on a pool of
 * {@code threads}; the GPU engine trains the runs of one batch key together on a thread of its own.
 * Each run owns its tensors, so a curve does not depend on how many train at once. When a run
 * fails, the build hears of it as it fails, naming the run, and the others stop (those already
 * finished stay recorded); so they do when the caller is interrupted.
 */
public final class LocalExecutor implements RunExecutor {

    private final int threads;
    private final Duration progressInterval;
    private final TrainingLog log;

    public LocalExecutor(int threads, Duration progressInterval, TrainingLog log) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.progressInterval = progressInterval;
        this.log = log;
    }

    @Override
    public String describe() {
        return "on " + threads + " thread(s)";
    }

    /** The project's classes are on this JVM's loader for them. */
    @Override
    public boolean trainsProjectCode() {
        return true;
    }

    @Override
    public void train(List<PlannedRun> runs, RunSink sink) throws IOException, InterruptedException {
        ExecutorService cpu = pool("expolu-train", threads);
        ExecutorService device = pool("expolu-device", 1);
        BlockingQueue<Future<Void>> done = new LinkedBlockingQueue<>();
        CompletionService<Void> onCpu = new ExecutorCompletionService<>(cpu, done);
        CompletionService<Void> onDevice = new ExecutorCompletionService<>(device, done);
        try {
            int submitted = 0;
            Map<String, List<PlannedRun>> batches = new LinkedHashMap<>();
            for (PlannedRun run : runs) {
                if (run.engine() instanceof BatchTrainer batch) {
                    batches.computeIfAbsent(batch.id() + "|" + batch.batchKey(NetworkSpec.of(run.run().spec())),
                            k -> new ArrayList<>()).add(run);
                } else {
                    onCpu.submit(() -> {
                        trainOne(run, (RunTrainer) run.engine(), sink);
                        return null;
                    });
                    submitted++;
                }
            }
            for (List<PlannedRun> batch : batches.values()) {
                onDevice.submit(() -> {
                    trainBatch(batch, (BatchTrainer) batch.get(0).engine(), sink);
                    return null;
                });
                submitted++;
            }
            for (int i = 0; i < submitted; i++) {
                done.take().get(); // the first to fail, as it fails; the finally stops the others
            }
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

    private void trainOne(PlannedRun run, RunTrainer engine, RunSink sink) throws IOException {
        sink.started(run);
        long start = System.nanoTime();
        LossCurve curve;
        try {
            curve = engine.train(run.run().spec(), new ProgressLog(run.id(), progressInterval, log::info));
        } catch (ExecutorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExecutorException(run.id() + " failed: " + e, e);
        }
        sink.finished(run, curve, (System.nanoTime() - start) / 1e9, Provenance.of(run.arithmetic()));
    }

    private void trainBatch(List<PlannedRun> runs, BatchTrainer engine, RunSink sink) throws IOException {
        BatchProgressLog progress = new BatchProgressLog(runs.stream().map(PlannedRun::id).toList(),
                progressInterval, log::info);
        BatchTrainer.BatchListener listener = new BatchTrainer.BatchListener() {
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
                PlannedRun run = runs.get(index);
                sink.finished(run, curve, seconds, Provenance.of(run.arithmetic()));
            }
        };
        runs.forEach(sink::started);
        try {
            engine.train(runs.stream().map(r -> NetworkSpec.of(r.run().spec())).toList(), listener);
        } catch (ExecutorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExecutorException(runs.size() + " run(s) of one batch failed ("
                    + runs.stream().map(PlannedRun::id).toList() + "): " + e, e);
        }
    }

    private static ExecutorService pool(String name, int size) {
        AtomicInteger next = new AtomicInteger();
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name + "-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
