package dev.expolu.spark;

import dev.expolu.cache.RunCache;
import dev.expolu.cuda.CudaEngine;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Function2;
import scala.collection.Iterator;

/**
 * A GPU batch's task, on an executor: finds the GPU Spark assigned it ({@link GpuResources#ordinal}),
 * trains the batch's runs there together with the cuda engine, and returns one {@link TaskResult}
 * a run, its arithmetic naming that GPU. Where there is no usable GPU (no device, no CUDA library,
 * no NVRTC) or the batch fails, each run not finished comes back failed, naming why: Spark does not
 * retry a run's own failure.
 */
final class TrainGpuBatch implements Function2<TaskContext, Iterator<List<RunTask>>, TaskResult[]>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Each GPU of this executor's JVM, probed once. */
    private static final Map<Integer, CudaEngine.Probe> PROBES = new ConcurrentHashMap<>();

    private final Broadcast<Map<String, byte[][]>> inits;

    TrainGpuBatch(Broadcast<Map<String, byte[][]>> inits) {
        this.inits = inits;
    }

    @Override
    public TaskResult[] apply(TaskContext context, Iterator<List<RunTask>> tasks) {
        List<RunTask> batch = tasks.next();
        String executor = TrainPartition.executor();
        int ordinal;
        try {
            ordinal = GpuResources.ordinal(context);
        } catch (IllegalArgumentException e) {
            return failed(batch, new TaskResult[batch.size()], executor, e.getMessage());
        }
        CudaEngine.Probe probe = PROBES.computeIfAbsent(ordinal, o -> CudaEngine.probe(Optional.empty(), o));
        if (probe.engine().isEmpty()) {
            return failed(batch, new TaskResult[batch.size()], executor, probe.reason() + "; this task was given GPU "
                    + ordinal + (context != null && context.resourcesJMap().containsKey(GpuResources.GPU)
                            ? " by Spark" : " (Spark assigned none: the first)"));
        }
        return train(batch, inits.value(), probe.engine().get(), executor);
    }

    /** Trains {@code batch} on {@code engine}, init tensors (if any) from {@code files} by hash. */
    static TaskResult[] train(List<RunTask> batch, Map<String, byte[][]> files, BatchTrainer engine, String executor) {
        TaskResult[] results = new TaskResult[batch.size()];
        Map<String, Path> written = new HashMap<>();
        try {
            List<NetworkSpec> specs = new ArrayList<>();
            for (RunTask task : batch) {
                Path here = null;
                if (task.initSha256() != null) {
                    here = written.get(task.initSha256());
                    if (here == null) {
                        here = InitFiles.write(files.get(task.initSha256()), Files.createTempDirectory("expolu-init-"));
                        written.put(task.initSha256(), here);
                    }
                }
                specs.add(task.spec(here));
            }
            engine.train(specs, new BatchTrainer.BatchListener() {
                @Override
                public void roundFinished(int[] indices, int round, int rounds, double[] losses) {
                }

                @Override
                public void runFinished(int index, LossCurve curve, double seconds) {
                    RunTask task = batch.get(index);
                    Arithmetic a = engine.arithmetic(task.precision());
                    results[index] = TrainPartition.result(task, curve.losses(), seconds,
                            RunCache.key(specs.get(index), a), a, executor, null);
                }
            });
            return failed(batch, results, executor, "the GPU batch returned without it");
        } catch (IOException | RuntimeException e) {
            return failed(batch, results, executor, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            written.values().forEach(TrainPartition::delete);
        }
    }

    /** {@code results}, each run that has none failed with {@code why}. */
    private static TaskResult[] failed(List<RunTask> batch, TaskResult[] results, String executor, String why) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                RunTask task = batch.get(i);
                results[i] = TrainPartition.result(task, (double[]) null, 0, null,
                        new Arithmetic("cuda", task.precision().id(), CudaEngine.ARITHMETIC, CudaEngine.code(), "none"), executor, why);
            }
        }
        return results;
    }
}
