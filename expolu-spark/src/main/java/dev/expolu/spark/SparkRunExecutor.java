package dev.expolu.spark;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.PlannedRun;
import dev.expolu.execution.RunExecutor;
import dev.expolu.execution.RunSink;
import dev.expolu.execution.TrainingLog;
import dev.expolu.record.Provenance;
import dev.expolu.record.Versions;
import dev.expolu.run.Arithmetic;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Function2;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * {@code expolu.executor=spark}: each run the cache does not hold is one task of one Spark job on
 * {@code expolu.spark.master}, trained there by the fused engine. Results come back to the driver
 * (this JVM, the build) as each task finishes, and the session records and caches them at once, as
 * for runs trained here. A run that fails for its own reason fails the build naming it; a task whose
 * executor is lost is run again by Spark and recorded once; a cluster that gives no executor within
 * {@code expolu.spark.timeoutSeconds} fails the build naming the master, the records written kept.
 */
final class SparkRunExecutor implements RunExecutor {

    private final SparkSettings settings;
    private final TrainingLog log;
    private final Path scratch;
    private SparkApplication application;

    SparkRunExecutor(SparkSettings settings, TrainingLog log, Path scratch) {
        this.settings = settings;
        this.log = log;
        this.scratch = scratch;
    }

    @Override
    public String describe() {
        return "on Spark at " + settings.master();
    }

    @Override
    public void train(List<PlannedRun> runs, RunSink sink) throws IOException, InterruptedException {
        refuseOtherEngines(runs);
        Map<String, byte[][]> inits = new HashMap<>();
        List<RunTask> tasks = new ArrayList<>();
        for (PlannedRun run : runs) {
            RunTask task = new RunTask(tasks.size(), run);
            if (task.initSha256() != null && !inits.containsKey(task.initSha256())) {
                inits.put(task.initSha256(), InitFiles.read(task.initDirectory(), task.initSha256()));
            }
            tasks.add(task);
        }
        if (application == null) {
            application = SparkApplication.start(settings, ShippedJars.of(scratch), log);
        }
        JavaSparkContext spark = application.context();
        String group = "expolu-" + UUID.randomUUID();
        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        TaskLog taskLog = new TaskLog(group, runs.stream().map(PlannedRun::id).toList(), log,
                index -> sink.started(runs.get(index)), spark.getConf().getInt("spark.task.maxFailures", 4));
        spark.sc().addSparkListener(taskLog);
        Broadcast<Map<String, byte[][]>> shipped = spark.broadcast(inits);
        Thread job = new Thread(() -> {
            try {
                spark.setJobGroup(group, "expolu: " + runs.size() + " run(s)", true);
                JavaRDD<RunTask> rdd = spark.parallelize(tasks, tasks.size());
                Function2<Object, TaskResult, BoxedUnit> handler = (index, result) -> {
                    results.add(result);
                    return BoxedUnit.UNIT;
                };
                spark.sc().runJob(rdd.rdd(), new TrainPartition(shipped),
                        CollectionConverters.asScala(IntStream.range(0, tasks.size()).boxed().<Object>map(i -> i)
                                .toList()).toSeq(), handler, ClassTag$.MODULE$.apply(TaskResult.class));
                results.add(Done.DONE);
            } catch (Throwable e) {
                results.add(e);
            }
        }, "expolu-spark-job");
        job.setDaemon(true);
        job.start();
        try {
            collect(runs, sink, results);
        } finally {
            spark.cancelJobGroup(group);
            spark.sc().removeSparkListener(taskLog);
            shipped.destroy();
        }
    }

    /** Hands each result to the sink as it comes, until the job ends; watches that executors remain. */
    private void collect(List<PlannedRun> runs, RunSink sink, BlockingQueue<Object> results)
            throws IOException, InterruptedException {
        boolean[] back = new boolean[runs.size()];
        List<String> failures = new ArrayList<>();
        long withoutExecutorSince = -1;
        while (true) {
            Object next = results.poll(1, TimeUnit.SECONDS);
            if (next == Done.DONE) {
                if (!failures.isEmpty()) {
                    throw new ExecutorException(failures.size() + " run(s) failed on Spark at " + settings.master()
                            + " (the others are recorded):" + failures.stream().map(f -> System.lineSeparator()
                                    + "  " + f).reduce("", String::concat));
                }
                return;
            }
            if (next instanceof Throwable e) {
                throw new ExecutorException("The Spark job at " + settings.master() + " failed: "
                        + firstLine(String.valueOf(e.getMessage())) + pending(runs, back), e);
            }
            if (next instanceof TaskResult result) {
                PlannedRun run = runs.get(result.index());
                back[result.index()] = true;
                String failure = failure(run, result);
                if (failure == null) {
                    sink.finished(run, new LossCurve(result.losses()), result.seconds(), provenance(result));
                } else {
                    failures.add(failure);
                }
                continue;
            }
            if (application.executors() > 0) {
                withoutExecutorSince = -1;
            } else if (withoutExecutorSince < 0) {
                withoutExecutorSince = System.nanoTime();
            } else if (System.nanoTime() - withoutExecutorSince > settings.timeout().toNanos()) {
                throw new ExecutorException("Spark at " + settings.master() + " has had no executor for "
                        + settings.timeout().toSeconds() + " s (expolu.spark.timeoutSeconds): the cluster is gone or"
                        + " full" + pending(runs, back));
            }
        }
    }

    /** Why the run's result cannot be recorded; null where it can. */
    private static String failure(PlannedRun run, TaskResult result) {
        if (result.error() != null) {
            return run.id() + " failed on executor " + result.executor() + ": " + result.error();
        }
        Arithmetic there = arithmetic(result);
        if (!there.equals(run.arithmetic()) || !result.cacheKey().equals(run.cacheKey())) {
            return run.id() + " was trained on executor " + result.executor() + " under " + there.key()
                    + " (key " + result.cacheKey().substring(0, 12) + "...), but this build planned it under "
                    + run.arithmetic().key() + " (key " + run.cacheKey().substring(0, 12) + "...)"
                    + (there.code().equals(run.arithmetic().code()) ? ""
                            : ": the executor loaded other training code (another expolu-core on the cluster's class"
                            + " path?)");
        }
        return null;
    }

    private static Arithmetic arithmetic(TaskResult result) {
        return new Arithmetic(result.engine(), result.dtype(), result.code(), result.device());
    }

    /** The record's provenance: the arithmetic, and the executor's JVM, OS and arch. */
    private static Provenance provenance(TaskResult result) {
        Arithmetic a = arithmetic(result);
        return new Provenance(Versions.expolu(), Versions.dl4j(), a.engine(), a.device(), a.dtype(), a.code(),
                result.java(), result.os(), result.arch());
    }

    /** "; 3 run(s) not trained: [...]; the records of the runs that came back are kept". */
    private static String pending(List<PlannedRun> runs, boolean[] back) {
        List<String> missing = IntStream.range(0, runs.size()).filter(i -> !back[i]).mapToObj(i -> runs.get(i).id())
                .toList();
        return missing.isEmpty() ? "" : "; " + missing.size() + " run(s) not trained: " + missing
                + "; the records of the runs that came back are kept";
    }

    /** Only the fused engine trains on Spark: its arithmetic is the same on every JVM. */
    private static void refuseOtherEngines(List<PlannedRun> runs) {
        List<String> other = runs.stream().filter(r -> !(r.engine() instanceof FusedEngine))
                .map(r -> r.id() + " (" + r.engine().id() + ")").toList();
        if (!other.isEmpty()) {
            throw new ExecutorException("expolu.executor=spark trains engine fused, but " + other.size()
                    + " run(s) resolved to another: " + other + "; set expolu.engine=fused, or expolu.executor=local"
                    + " for these; nothing trained");
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    @Override
    public void close() {
        if (application != null) {
            application.stop();
            application = null;
        }
    }

    /** The job thread's word that every task's result was delivered. */
    private enum Done {
        DONE
    }
}
