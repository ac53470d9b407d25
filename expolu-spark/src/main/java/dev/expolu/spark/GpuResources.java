package dev.expolu.spark;

import dev.expolu.execution.ExecutorException;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.ResourceProfileBuilder;
import org.apache.spark.resource.TaskResourceRequests;

/**
 * How a GPU batch's task asks Spark for a GPU, and which one it got. On a cluster manager
 * (standalone, YARN, Kubernetes) the task carries a task resource profile of one {@code gpu}
 * (stage-level scheduling, which Spark schedules on the application's executors with dynamic
 * allocation off), and the executors ask their workers for one GPU each; on {@code local[N]}, where
 * Spark schedules no resources, the task trains on the driver's first GPU.
 */
final class GpuResources {

    /** Spark's name of the resource. */
    static final String GPU = "gpu";
    static final String EXECUTOR_AMOUNT = "spark.executor.resource.gpu.amount";
    static final String DYNAMIC_ALLOCATION = "spark.dynamicAllocation.enabled";

    private GpuResources() {
    }

    /** Whether Spark schedules resources on {@code master}: every master but {@code local} and {@code local[N]}. */
    static boolean scheduled(String master) {
        return !(master.equals("local") || master.startsWith("local["));
    }

    /** The profile of a GPU batch's task: one GPU, the default CPUs (a task resource profile). */
    static ResourceProfile profile() {
        return new ResourceProfileBuilder().require(new TaskResourceRequests().resource(GPU, 1.0)).build();
    }

    /**
     * Makes {@code conf}, of an application with GPU runs, give its executors a GPU each (unless the
     * user's conf says how many), so Spark's standalone master starts them on workers that declare
     * one and hands them its address.
     *
     * @throws ExecutorException where dynamic allocation is on: task resource profiles need it off
     */
    static void ask(SparkConf conf) {
        if (!scheduled(conf.get("spark.master"))) {
            return;
        }
        if (conf.getBoolean(DYNAMIC_ALLOCATION, false)) {
            throw new ExecutorException(DYNAMIC_ALLOCATION + " is true, but the cuda runs ask Spark for a GPU a task"
                    + " through a task resource profile, which Spark schedules only with dynamic allocation off; set "
                    + DYNAMIC_ALLOCATION + "=false in expolu.spark.conf, or expolu.engine=fused; nothing trained");
        }
        if (!conf.contains(EXECUTOR_AMOUNT)) {
            conf.set(EXECUTOR_AMOUNT, "1");
        }
    }

    /**
     * The CUDA device ordinal of the task's GPU: the first address Spark assigned it, or 0 where it
     * assigned none ({@code local[N]}).
     *
     * @throws IllegalArgumentException where the address is not a device ordinal, naming it
     */
    static int ordinal(TaskContext context) {
        Map<String, ResourceInformation> resources = context == null ? Map.of() : context.resourcesJMap();
        ResourceInformation gpu = resources.get(GPU);
        if (gpu == null || gpu.addresses().length == 0) {
            return 0;
        }
        String address = gpu.addresses()[0];
        try {
            return Integer.parseInt(address.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Spark assigned this task GPU address '" + address + "', but expected"
                    + " a CUDA device ordinal such as 0 (the discovery script's addresses)", e);
        }
    }
}
