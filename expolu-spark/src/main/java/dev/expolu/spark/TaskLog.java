package dev.expolu.spark;

import dev.expolu.execution.TrainingLog;
import java.util.List;
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
 * Spark's task events as the build's log sees them: a task starting is its run starting; a task
 * that failed outside its run (its executor lost, a worker gone) is a warning naming the run, the
 * attempt and the executor, and that Spark runs it again. Called on Spark's listener thread.
 */
final class TaskLog extends SparkListener {

    private final String group;
    private final List<String> runs;
    private final TrainingLog log;
    private final IntConsumer started;
    private final int maxFailures;
    private volatile int stage = -1;

    /** The property of a job's group, as {@code SparkContext.setJobGroup} sets it. */
    private static final String JOB_GROUP = "spark.jobGroup.id";

    /**
     * @param group       the job group of this build's job
     * @param runs        the run of each partition
     * @param started     told the partition of each task attempt that starts
     * @param maxFailures {@code spark.task.maxFailures}
     */
    TaskLog(String group, List<String> runs, TrainingLog log, IntConsumer started, int maxFailures) {
        this.group = group;
        this.runs = runs;
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
            started.accept(event.taskInfo().index());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd event) {
        TaskEndReason reason = event.reason();
        if (event.stageId() != stage || !(reason instanceof TaskFailedReason failed) || reason instanceof TaskKilled) {
            return;
        }
        TaskInfo info = event.taskInfo();
        int attempt = info.attemptNumber() + 1;
        log.warn("Spark task of " + runs.get(info.index()) + " (attempt " + attempt + ") failed on executor "
                + info.executorId() + " at " + info.host() + ": " + firstLine(failed.toErrorString())
                + (failed.countTowardsTaskFailures()
                        ? "; Spark retries it (up to " + maxFailures + " attempts in all)"
                        : "; Spark retries it (this failure does not count towards its " + maxFailures + " attempts)"));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
