package dev.expolu.spark;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.resource.ResourceProfile;
import scala.Function2;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.BoxedUnit;

/**
 * One Spark job of the build: a partition a task, trained on the executors by {@code function},
 * under {@code profile} where its tasks need a GPU. It runs on a thread of its own; the results of
 * each task go on the queue as it finishes, then {@link Done} or the job's failure.
 */
final class SparkJob {

    private final JavaSparkContext spark;
    private final String group;
    private final TaskLog log;
    private volatile boolean finished;

    private SparkJob(JavaSparkContext spark, String group, TaskLog log) {
        this.spark = spark;
        this.group = group;
        this.log = log;
    }

    /**
     * Submits the job under the job group {@code log} watches.
     *
     * @param group      the job's group, {@code log}'s
     * @param partitions each task's runs
     */
    static SparkJob submit(JavaSparkContext spark, String group, String description, List<List<RunTask>> partitions,
            Function2<TaskContext, Iterator<List<RunTask>>, TaskResult[]> function, Optional<ResourceProfile> profile,
            TaskLog log, BlockingQueue<Object> results) {
        spark.sc().addSparkListener(log);
        SparkJob submitted = new SparkJob(spark, group, log);
        Thread job = new Thread(() -> {
            try {
                spark.setJobGroup(group, description, true);
                JavaRDD<List<RunTask>> rdd = spark.parallelize(partitions, partitions.size());
                RDD<List<RunTask>> scheduled = profile.isPresent() ? rdd.rdd().withResources(profile.get()) : rdd.rdd();
                Function2<Object, TaskResult[], BoxedUnit> handler = (index, batch) -> {
                    results.addAll(List.of(batch));
                    return BoxedUnit.UNIT;
                };
                spark.sc().runJob(scheduled, function, CollectionConverters.asScala(IntStream
                        .range(0, partitions.size()).boxed().<Object>map(i -> i).toList()).toSeq(), handler,
                        ClassTag$.MODULE$.apply(TaskResult[].class));
                submitted.finished = true;
                results.add(Done.DONE);
            } catch (Throwable e) {
                results.add(e);
            }
        }, "expolu-spark-" + group);
        job.setDaemon(true);
        job.start();
        return submitted;
    }

    TaskLog log() {
        return log;
    }

    /** Whether every task's results were delivered. */
    boolean finished() {
        return finished;
    }

    /** Cancels what is left of it and stops listening. */
    void end() {
        spark.cancelJobGroup(group);
        spark.sc().removeSparkListener(log);
    }

    /** A job's word that every task's results were delivered. */
    enum Done {
        DONE
    }
}
