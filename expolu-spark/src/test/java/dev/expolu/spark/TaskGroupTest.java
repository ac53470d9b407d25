package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.PlannedRun;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Run;
import dev.expolu.run.Precision;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.TrainingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs into Spark tasks: a fused run a task; cuda runs of one shape together, at most gpuBatch a task. */
class TaskGroupTest {

    @TempDir
    Path dir;

    /** Seeds 1 to 5 of a 3 x 24 net and of a 2 x 8 net, each {@code engine}-planned. */
    private List<PlannedRun> runs(TrainingEngine first, TrainingEngine second) throws Exception {
        List<Run> runs = new ArrayList<>();
        runs.addAll(load("wide", 3, 24));
        runs.addAll(load("narrow", 2, 8));
        List<PlannedRun> planned = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainingEngine engine = i < 5 ? first : second;
            planned.add(new PlannedRun(i, runs.get(i), engine, engine.arithmetic(Precision.FLOAT32)));
        }
        return planned;
    }

    private List<Run> load(String name, int layers, int width) throws Exception {
        return ExperimentLoader.load(Files.writeString(dir.resolve(name + ".yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: %d, width: %d, activation: expolu}
                training: {rounds: 10, dtype: float32, engine: cuda}
                seeds: {from: 1, count: 5}
                """.formatted(layers, width))).runs();
    }

    @Test
    void cudaRunsOfOneShapeShareTasksOfAtMostGpuBatchAndShapesNeverMix() throws Exception {
        List<TaskGroup> groups = TaskGroup.of(runs(new ClusterGpuEngine(), new ClusterGpuEngine()), 2);

        assertThat(groups).containsExactly(new TaskGroup(List.of(0, 1), true), new TaskGroup(List.of(2, 3), true),
                new TaskGroup(List.of(4), true), new TaskGroup(List.of(5, 6), true),
                new TaskGroup(List.of(7, 8), true), new TaskGroup(List.of(9), true));
        assertThat(TaskGroup.of(runs(new ClusterGpuEngine(), new ClusterGpuEngine()), 64))
                .containsExactly(new TaskGroup(List.of(0, 1, 2, 3, 4), true),
                        new TaskGroup(List.of(5, 6, 7, 8, 9), true));
    }

    @Test
    void fusedRunsAreATaskEachAskingNoGpuBeforeTheGpuBatches() throws Exception {
        List<TaskGroup> groups = TaskGroup.of(runs(new ClusterGpuEngine(), new FusedEngine()), 3);

        assertThat(groups).containsExactly(new TaskGroup(List.of(5), false), new TaskGroup(List.of(6), false),
                new TaskGroup(List.of(7), false), new TaskGroup(List.of(8), false), new TaskGroup(List.of(9), false),
                new TaskGroup(List.of(0, 1, 2), true), new TaskGroup(List.of(3, 4), true));
    }

    @Test
    void aGpuBatchBelowOneIsRefused() {
        assertThatThrownBy(() -> TaskGroup.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gpuBatch is 0, but expected at least 1");
    }
}
