package dev.expolu.spark;

import dev.expolu.execution.TrainingLog;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;

/**
 * Spark's task events of one job as the build's log sees them: a task starting is its runs
 * starting; a task that failed outside its runs (its executor lost, a worker gone) is a warning
 * naming them, the attempt and the executor, and that Spark runs it again. It also tells how long
 * none of the job's tasks has run. Called on Spark's listener thread.
 */
final class TaskLog extends SparkListener {

    private final String group;
    private final List<String> tasks;
    private final TrainingLog log;
    private final IntConsumer started;
    private final int maxFailures;
    private volatile int stage = -1;
    private final AtomicInteger running = new AtomicInteger();
    private volatile long quietSince = System.nanoTime();

    /** The property of a job's group, as {@code SparkContext.setJobGroup} sets it. */
    private static final String JOB_GROUP = "spark.jobGroup.id";

    /**
     * @param group       the job group of this build's job
     * @param tasks       what each partition trains, for the log: a run, or a GPU batch's runs
     * @param started     told the partition of each task attempt that starts
     * @param maxFailures {@code spark.task.maxFailures}
     */
    TaskLog(String group, List<String> tasks, TrainingLog log, IntConsumer started, int maxFailures) {
        this.group = group;
        this.tasks = tasks;
        this.log = log;
        this.started = started;
        this.maxFailures = maxFailures;
    }

    /** Notes the stage of this build's job: other jobs' events are not its. */
    @Override
    public void onJobStart(SparkListenerJobStart event) {
        if (event.properties() != null && group.equals(event.properties().getProperty(JOB_GROUP))) {
            stage = (Integer) event.stageIds().head();
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart event) {
        if (event.stageId() == stage) {
            running.incrementAndGet();
            started.accept(event.taskInfo().index());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        if (event.stageId() != stage) {
            return;
        }
        quietSince = System.nanoTime();
        running.decrementAndGet();
        TaskEndReason reason = event.reason();
        if (!(reason instanceof TaskFailedReason failed) || reason instanceof TaskKilled) {
            return;
        }
        TaskInfo info = event.taskInfo();
        int attempt = info.attemptNumber() + 1;
        log.warn("Spark task of " + tasks.get(info.index()) + " (attempt " + attempt + ") failed on executor "
                + info.executorId() + " at " + info.host() + ": " + firstLine(failed.toErrorString())
                + (failed.countTowardsTaskFailures()
                        ? "; Spark retries it (up to " + maxFailures + " attempts in all)"
                        : "; Spark retries it (this failure does not count towards its " + maxFailures + " attempts)"));
    }

    /** Nanoseconds since a task of the job last ran (since it was made, before one ran); 0 while one runs. */
    long idleNanos() {
        return running.get() > 0 ? 0 : System.nanoTime() - quietSince;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
