package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.record.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark executor on {@code local[2]}: the quick check, beside the standalone cluster's. */
class LocalMasterTest {

    @TempDir
    Path dir;

    @Test
    void localMasterGivesTheLocalThreadsFingerprints() throws Exception {
        Path experiments = Experiments.write(dir, "tiny", 40, 2);
        TrainResult local = Training.run(Experiments.request(experiments, dir.resolve("local"), Optional.empty())
                .build(), TrainingLog.NONE);
        List<String> lines = new CopyOnWriteArrayList<>();
        TrainResult spark = Training.run(Experiments.request(experiments, dir.resolve("spark"), Optional.empty())
                .executor(Experiments.spark("local[2]", "", 30)).build(), TrainingLog.of(lines::add, lines::add));

        assertThat(ClusterFixtures.fingerprints(spark)).isEqualTo(ClusterFixtures.fingerprints(local)).hasSize(4);
        assertThat(lines).anyMatch(l -> l.startsWith("Training 4 run(s) of 1 experiment(s) on Spark at local[2]"));
        assertThat(lines).filteredOn(l -> l.contains(": done (")).hasSize(4);
    }

    @Test
    void autoIsFusedOnSparkAndSaysWhy() throws Exception {
        Path experiments = Experiments.write(dir, "tiny", 20, 1, "auto");
        List<String> lines = new CopyOnWriteArrayList<>();
        Training.run(Experiments.request(experiments, dir.resolve("spark"), Optional.empty())
                .executor(Experiments.spark("local[1]", "", 30)).build(), TrainingLog.of(lines::add, lines::add));

        assertThat(lines).containsOnlyOnce("engine auto on Spark: fused; the driver cannot see the executors' GPUs"
                + " (engine cuda asks Spark for them)");
        assertThat(Files.readString(dir.resolve("spark/records/tiny/relu/seed-1.json")))
                .contains("\"engine\" : \"fused\"");
    }

    @Test
    void cudaOnALocalMasterWithoutAGpuFailsItsRunsOnTheDriversExecutorNamingThem() throws Exception {
        assumeFalse(CudaEngine.probe(Optional.empty()).engine().isPresent(), "this machine has a GPU");
        Path experiments = Experiments.write(dir, "tiny", 20, 1, "cuda");

        assertThatThrownBy(() -> Training.run(Experiments.request(experiments, dir.resolve("spark"), Optional.empty())
                .executor(Experiments.spark("local[1]", "", 30)).build(), TrainingLog.NONE))
                .isInstanceOf(ExecutorException.class)
                .hasMessageStartingWith("2 run(s) failed on Spark at local[1] (the others are recorded):")
                .hasMessageContaining("tiny/expolu/seed-1 failed on executor driver at ")
                .hasMessageContaining(": no CUDA device found (")
                .hasMessageContaining("; this task was given GPU 0 (Spark assigned none: the first)");
        assertThat(dir.resolve("spark/records/tiny")).doesNotExist();
    }
}
