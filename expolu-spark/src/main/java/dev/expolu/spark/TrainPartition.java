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
 * A CPU run's task, on an executor: trains the partition's one run with the fused engine and returns
 * its {@link TaskResult}. A run that fails for its own reason (an init file that does not read) comes
 * back as a result naming why, so Spark does not retry it; only a lost executor or a failure outside
 * the run makes Spark run the task again.
 */
final class TrainPartition implements Function2<TaskContext, Iterator<List<RunTask>>, TaskResult[]>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, byte[][]>> inits;

    TrainPartition(Broadcast<Map<String, byte[][]>> inits) {
        this.inits = inits;
    }

    @Override
    public TaskResult[] apply(TaskContext context, Iterator<List<RunTask>> tasks) {
        RunTask task = tasks.next().get(0);
        return new TaskResult[] {train(task, inits.value(), executor())};
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
            return result(task, null, 0, null, arithmetic, executor, e.getClass().getSimpleName() + ": " + why);
        } finally {
            delete(initHere);
        }
    }

    /** What comes back of {@code task}: its curve, or the error that stopped it. */
    static TaskResult result(RunTask task, double[] losses, double seconds, String key, Arithmetic a,
            String executor, String error) {
        return new TaskResult(task.index, losses, seconds, key, a.engine(), a.dtype(), a.version(), a.code(),
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
