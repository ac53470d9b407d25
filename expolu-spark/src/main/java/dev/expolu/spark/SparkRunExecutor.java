package dev.expolu.spark;

import dev.expolu.dl4j.Dl4jFitEngine;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.PlannedRun;
import dev.expolu.execution.RunExecutor;
import dev.expolu.execution.RunSink;
import dev.expolu.execution.TrainingLog;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.Engine;
import dev.expolu.run.TrainerSpec;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.trainer.TrainerEngine;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.TrainingEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.resource.ResourceProfile;
import scala.Function2;
import scala.collection.Iterator;

/**
 * {@code expolu.executor=spark}: each fused run the cache does not hold is one task of a Spark job on
 * {@code expolu.spark.master}; the cuda runs go in batches of one shape, a task each that asks
 * Spark for a GPU ({@link GpuResources}), in a second job, and are planned without a GPU here
 * ({@link ClusterGpuEngine}); {@code auto} is fused on Spark, the driver seeing no executor's GPU.
 * Results come back to the driver
 * (this JVM, the build) as each task finishes, and the session records and caches them at once, as
 * for runs trained here. A run that fails for its own reason fails the build naming it; a task whose
 * executor is lost is run again by Spark and recorded once; a cluster that gives no executor within
 * {@code expolu.spark.timeoutSeconds} fails the build naming the master, the records written kept.
 */
final class SparkRunExecutor implements RunExecutor {

    private final SparkSettings settings;
    private final TrainingLog log;
    private final Path scratch;
    private final ProjectClasses classes;
    private SparkApplication application;
    private ShippedClassPath classPath;
    private boolean autoSaid;

    /** @param classes the project's test class path, shipped to the executors for runs of its own model */
    SparkRunExecutor(SparkSettings settings, TrainingLog log, Path scratch, ProjectClasses classes) {
        this.settings = settings;
        this.log = log;
        this.scratch = scratch;
        this.classes = classes;
    }

    /** Trains runs of the project's own model too: its class path and files travel to the executors. */
    @Override
    public boolean trainsProjectCode() {
        return true;
    }

    /** expolu's own kinds, whose runs a task can carry; not a kind of a project's own. */
    @Override
    public boolean trainsKind(String kind) {
        return kind.equals(TrainerSpec.KIND) || kind.equals(Dl4jSpec.KIND);
    }

    @Override
    public String describe() {
        return "on Spark at " + settings.master();
    }

    @Override
    public Optional<TrainingEngine> engine(Engine declared) {
        return switch (declared) {
            case CUDA -> Optional.of(new ClusterGpuEngine());
            case AUTO -> {
                if (!autoSaid) {
                    autoSaid = true;
                    log.info("engine auto on Spark: fused; the driver cannot see the executors' GPUs (engine cuda"
                            + " asks Spark for them)");
                }
                yield Optional.of(new FusedEngine());
            }
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> refuses(Engine declared) {
        return declared == Engine.DL4J ? Optional.of("is dl4j, but expolu.executor=spark trains engine fused or cuda"
                + " (dl4j's arithmetic is that of each executor's native libraries); expected fused, cuda or auto, or"
                + " expolu.executor=local") : Optional.empty();
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
            if (task.project != null) {
                ProjectFiles.read(task.project, inits);
            }
            tasks.add(task);
        }
        List<TaskGroup> groups = TaskGroup.of(runs, settings.gpuBatch());
        List<TaskGroup> cpu = groups.stream().filter(g -> !g.gpu()).toList();
        List<TaskGroup> gpu = groups.stream().filter(TaskGroup::gpu).toList();
        if (application == null) {
            application = SparkApplication.start(settings, ShippedJars.of(scratch, !gpu.isEmpty()), log,
                    !gpu.isEmpty());
        }
        JavaSparkContext spark = application.context();
        if (classPath == null && tasks.stream().anyMatch(t -> t.project != null)) {
            classPath = ShippedClassPath.add(classes, spark, scratch);
            log.info("Spark: the project's test class path travels to the executors, " + classPath.names().size()
                    + " element(s)" + (classPath.names().isEmpty() ? " (this JVM's own class path: a local master's)"
                    : ""));
        }
        String group = "expolu-" + UUID.randomUUID();
        BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        Broadcast<Map<String, byte[][]>> shipped = spark.broadcast(inits);
        List<SparkJob> jobs = new ArrayList<>();
        SparkJob gpuJob = null;
        try {
            if (!cpu.isEmpty()) {
                jobs.add(submit(spark, group + "-cpu", cpu, runs, tasks, sink, new TrainPartition(shipped,
                        classPath == null ? ShippedClassPath.THIS_JVM : classPath),
                        Optional.empty(), results));
            }
            if (!gpu.isEmpty()) {
                boolean scheduled = GpuResources.scheduled(settings.master());
                log.info("cuda on Spark: " + gpu.stream().mapToInt(g -> g.runs().size()).sum() + " run(s) in "
                        + gpu.size() + " task(s) of at most " + settings.gpuBatch() + " (expolu.spark.gpuBatch), "
                        + (scheduled ? "each asking Spark for one GPU" : "on the driver's first GPU (local master)"));
                gpuJob = submit(spark, group + "-gpu", gpu, runs, tasks, sink, new TrainGpuBatch(shipped),
                        scheduled ? Optional.of(GpuResources.profile()) : Optional.empty(), results);
                jobs.add(gpuJob);
            }
            collect(runs, sink, results, jobs, gpuJob);
        } finally {
            jobs.forEach(SparkJob::end);
            shipped.destroy();
        }
    }

    private SparkJob submit(JavaSparkContext spark, String group, List<TaskGroup> groups, List<PlannedRun> runs,
            List<RunTask> tasks, RunSink sink, Function2<TaskContext, Iterator<List<RunTask>>, TaskResult[]> function,
            Optional<ResourceProfile> profile, BlockingQueue<Object> results) {
        List<List<RunTask>> partitions = groups.stream().map(g -> (List<RunTask>) new ArrayList<>(g.runs().stream()
                .map(tasks::get).toList())).toList();
        List<String> labels = groups.stream().map(g -> runs.get(g.runs().get(0)).id() + (g.runs().size() == 1 ? ""
                : " and the " + (g.runs().size() - 1) + " other run(s) of its GPU batch")).toList();
        TaskLog taskLog = new TaskLog(group, labels, log, index -> groups.get(index).runs()
                .forEach(i -> sink.started(runs.get(i))), spark.getConf().getInt("spark.task.maxFailures", 4));
        return SparkJob.submit(spark, group, "expolu: " + partitions.size() + " task(s)", partitions, function,
                profile, taskLog, results);
    }

    /**
     * Hands each result to the sink as it comes, until every job ends; watches that executors
     * remain, and that GPU tasks find a GPU.
     */
    private void collect(List<PlannedRun> runs, RunSink sink, BlockingQueue<Object> results, List<SparkJob> jobs,
            SparkJob gpuJob) throws IOException, InterruptedException {
        boolean[] back = new boolean[runs.size()];
        List<String> failures = new ArrayList<>();
        long withoutExecutorSince = -1;
        int done = 0;
        while (true) {
            Object next = results.poll(1, TimeUnit.SECONDS);
            if (next == SparkJob.Done.DONE && ++done == jobs.size()) {
                if (!failures.isEmpty()) {
                    throw new ExecutorException(failures.size() + " run(s) failed on Spark at " + settings.master()
                            + " (the others are recorded):" + failures.stream().map(f -> System.lineSeparator()
                                    + "  " + f).reduce("", String::concat));
                }
                return;
            }
            if (next instanceof Throwable e) {
                throw new ExecutorException("The Spark job at " + settings.master() + " failed: "
                        + firstLine(String.valueOf(e.getMessage())) + TaskResults.pending(runs, back), e);
            }
            if (next instanceof TaskResult result) {
                PlannedRun run = runs.get(result.index());
                back[result.index()] = true;
                String failure = TaskResults.failure(run, result);
                if (failure == null) {
                    sink.finished(run, result.curve(), result.seconds(), TaskResults.provenance(result));
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
                        + " full" + TaskResults.pending(runs, back));
            }
            if (gpuJob != null && !gpuJob.finished() && jobs.stream()
                    .allMatch(j -> j.log().idleNanos() > settings.timeout().toNanos())) {
                throw new ExecutorException("No executor of Spark at " + settings.master() + " has taken a GPU task"
                        + " of this build for " + settings.timeout().toSeconds() + " s (expolu.spark.timeoutSeconds):"
                        + " none offers a free GPU (resource 'gpu': a worker declares one with"
                        + " spark.worker.resource.gpu.amount and spark.worker.resource.gpu.discoveryScript)"
                        + TaskResults.pending(runs, back));
            }
        }
    }

    /**
     * Spark trains the fused engine (its arithmetic is the same on every JVM), the executors' GPU
     * engine ({@link ClusterGpuEngine}) and the project's own model (a trainer, a dl4j run); the seed's
     * network on the dl4j engine is not sent (its arithmetic is its ND4J backend's).
     */
    private static void refuseOtherEngines(List<PlannedRun> runs) {
        List<String> other = runs.stream().filter(r -> !(r.engine() instanceof FusedEngine
                || r.engine() instanceof ClusterGpuEngine || r.engine() instanceof TrainerEngine
                || r.engine() instanceof Dl4jFitEngine)).map(r -> r.id() + " (" + r.engine().id() + ")").toList();
        if (!other.isEmpty()) {
            throw new ExecutorException("expolu.executor=spark trains engine fused or cuda, but " + other.size()
                    + " run(s) resolved to another: " + other + "; set expolu.engine=fused or cuda, or"
                    + " expolu.executor=local for these; nothing trained");
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
}
