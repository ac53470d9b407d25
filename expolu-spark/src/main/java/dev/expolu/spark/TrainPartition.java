package dev.expolu.spark;

import dev.expolu.cache.RunCache;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Function2;
import scala.collection.Iterator;

/**
 * A CPU run's task, on an executor: trains the partition's one run, the seed's network with the fused
 * engine, a project's model as a local build would ({@link TrainProjectRun}), and returns its
 * {@link TaskResult}. A run that fails for its own reason (an init file that does not read) comes
 * back as a result naming why, so Spark does not retry it; only a lost executor or a failure outside
 * the run makes Spark run the task again.
 */
final class TrainPartition implements Function2<TaskContext, Iterator<List<RunTask>>, TaskResult[]>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, byte[][]>> inits;
    private final ShippedClassPath classPath;

    /**
     * @param inits     the files the runs read, by their hashes: init tensors, a dl4j run's configuration
     *                  and table
     * @param classPath where the project's classes are, for runs of its own model
     */
    TrainPartition(Broadcast<Map<String, byte[][]>> inits, ShippedClassPath classPath) {
        this.inits = inits;
        this.classPath = classPath;
    }

    @Override
    public TaskResult[] apply(TaskContext context, Iterator<List<RunTask>> tasks) {
        RunTask task = tasks.next().get(0);
        return new TaskResult[] {task.project != null ? TrainProjectRun.train(task, inits.value(), classPath,
                executor()) : train(task, inits.value(), executor())};
    }

    /** Trains {@code task}, its init tensors (if any) from {@code files} by hash. */
    static TaskResult train(RunTask task, Map<String, byte[][]> files, String executor) {
        FusedEngine engine = new FusedEngine();
        Arithmetic arithmetic = engine.arithmetic(task.precision());
        Path initHere = null;
        try {
            if (task.initSha256() != null) {
                initHere = InitFiles.write(files.get(task.initSha256()), Files.createTempDirectory("expolu-init-"));
            }
            NetworkSpec spec = task.spec(initHere);
            String key = RunCache.key(spec, arithmetic);
            long start = System.nanoTime();
            LossCurve curve = engine.train(spec, TrainingListener.NONE);
            return result(task, curve.losses(), (System.nanoTime() - start) / 1e9, key, arithmetic, executor, null);
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            if (initHere != null) {
                why = why.replace(initHere.toString(), task.initDirectory() + " (as sent to this executor)");
            }
            return result(task, (double[]) null, 0, null, arithmetic, executor, e.getClass().getSimpleName() + ": " + why);
        } finally {
            delete(initHere);
        }
    }

    /** What comes back of {@code task}: its losses, or the error that stopped it. */
    static TaskResult result(RunTask task, double[] losses, double seconds, String key, Arithmetic a,
            String executor, String error) {
        return result(task, losses == null ? null : new LossCurve(losses), seconds, key, a, executor, error);
    }

    /** What comes back of {@code task}: every curve of it, or the error that stopped it. */
    static TaskResult result(RunTask task, LossCurve curve, double seconds, String key, Arithmetic a,
            String executor, String error) {
        List<TaskResult.Metric> metrics = curve == null ? List.of() : curve.metrics().stream()
                .map(m -> new TaskResult.Metric(m.name(), m.higherIsBetter(), m.values())).toList();
        return new TaskResult(task.index, curve == null ? null : curve.losses(), metrics, seconds, key, a.engine(),
                a.dtype(), a.version(), a.code(),
                a.device(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                executor, error);
    }

    /** "1 at 10.0.0.5": Spark's id of this executor, and its host. */
    static String executor() {
        SparkEnv env = SparkEnv.get();
        return env == null ? "?" : env.executorId() + " at " + env.blockManager().blockManagerId().host();
    }

    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
