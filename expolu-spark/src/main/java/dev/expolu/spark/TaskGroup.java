package dev.expolu.spark;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.execution.PlannedRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs one Spark task trains: one run of a CPU engine, or up to {@code expolu.spark.gpuBatch}
 * runs of one GPU batch key, which the executor's GPU trains together as the local executor would.
 *
 * @param runs their places in the job's list of runs
 * @param gpu  whether the task asks Spark for a GPU and trains on it
 */
record TaskGroup(List<Integer> runs, boolean gpu) {

    TaskGroup {
        runs = List.copyOf(runs);
    }

    /**
     * The tasks of {@code runs}: each run of the cluster's GPU engine ({@link ClusterGpuEngine}) in a
     * group of its batch key, split into groups of at most {@code gpuBatch}, in the order first met;
     * every other run a group of its own, before them.
     */
    static List<TaskGroup> of(List<PlannedRun> runs, int gpuBatch) {
        if (gpuBatch < 1) {
            throw new IllegalArgumentException("gpuBatch is " + gpuBatch + ", but expected at least 1");
        }
        List<TaskGroup> groups = new ArrayList<>();
        Map<String, List<Integer>> batches = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            PlannedRun run = runs.get(i);
            if (run.engine() instanceof ClusterGpuEngine) {
                batches.computeIfAbsent(CudaEngine.batchKeyOf(run.run().networkSpec()), k -> new ArrayList<>()).add(i);
            } else {
                groups.add(new TaskGroup(List.of(i), false));
            }
        }
        for (List<Integer> batch : batches.values()) {
            for (int from = 0; from < batch.size(); from += gpuBatch) {
                groups.add(new TaskGroup(batch.subList(from, Math.min(batch.size(), from + gpuBatch)), true));
            }
        }
        return groups;
    }
}
