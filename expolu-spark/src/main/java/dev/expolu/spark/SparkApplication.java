package dev.expolu.spark;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.TrainingLog;
import dev.expolu.record.Versions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The build's Spark application: its context, started on the master within the timeout, with the
 * jars the tasks need in {@code spark.jars}, and held until the build is done with it.
 */
final class SparkApplication {

    private final JavaSparkContext context;

    private SparkApplication(JavaSparkContext context) {
        this.context = context;
    }

    JavaSparkContext context() {
        return context;
    }

    /**
     * Starts the application and waits until the cluster gives it an executor.
     *
     * @throws ExecutorException naming the master, where it does not within the timeout, or the
     *                           context cannot start
     */
    static SparkApplication start(SparkSettings settings, List<Path> jars, TrainingLog log, boolean gpu)
            throws InterruptedException {
        SparkConf conf = conf(settings, jars, gpu);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        CompletableFuture<JavaSparkContext> starting = CompletableFuture.supplyAsync(() -> new JavaSparkContext(conf));
        JavaSparkContext context;
        try {
            context = starting.get(settings.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            starting.thenAccept(JavaSparkContext::stop);
            throw unreachable(settings, "its application did not start");
        } catch (ExecutionException e) {
            throw new ExecutorException("Cannot start a Spark application on " + settings.master() + ": "
                    + e.getCause().getMessage() + "; nothing trained on it", e.getCause());
        }
        SparkApplication application = new SparkApplication(context);
        while (!context.sc().isLocal() && application.executors() == 0) {
            if (System.nanoTime() > deadline || context.sc().isStopped()) {
                context.stop();
                throw unreachable(settings, "it gave this build no executor" + (gpu && conf.contains(
                        GpuResources.EXECUTOR_AMOUNT) ? " (the cuda runs ask for executors with a GPU, "
                        + GpuResources.EXECUTOR_AMOUNT + "=" + conf.get(GpuResources.EXECUTOR_AMOUNT) + ": does a"
                        + " worker offer one? spark.worker.resource.gpu.amount and ...discoveryScript)" : ""));
            }
            Thread.sleep(200);
        }
        log.info("Spark application " + context.sc().applicationId() + " on " + settings.master() + ": "
                + (context.sc().isLocal() ? "local" : application.executors() + " executor(s) so far") + ", Spark "
                + context.version());
        return application;
    }

    private static ExecutorException unreachable(SparkSettings settings, String what) {
        return new ExecutorException("Spark master " + settings.master() + " cannot be reached or has no room: " + what
                + " within " + settings.timeout().toSeconds() + " s (expolu.spark.timeoutSeconds); nothing trained on"
                + " it, the records already written are kept");
    }

    /**
     * Spark's configuration: the user's, over the build's defaults; our jars added to spark.jars; for
     * {@code gpu} runs, executors that have a GPU ({@link GpuResources#ask}).
     */
    static SparkConf conf(SparkSettings settings, List<Path> jars, boolean gpu) {
        SparkConf conf = new SparkConf().setMaster(settings.master()).setAppName("expolu " + Versions.expolu());
        conf.set("spark.task.maxFailures", "4");
        for (Map.Entry<String, String> e : settings.conf().entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        String ours = jars.stream().map(p -> p.toUri().toString()).collect(Collectors.joining(","));
        String theirs = conf.get("spark.jars", "");
        conf.set("spark.jars", theirs.isBlank() ? ours : theirs + "," + ours);
        if (gpu) {
            GpuResources.ask(conf);
        }
        return conf;
    }

    /** The executors the application has now, the driver not counted. */
    int executors() {
        return Math.max(0, context.sc().statusTracker().getExecutorInfos().length - 1);
    }

    void stop() {
        context.stop();
    }
}
