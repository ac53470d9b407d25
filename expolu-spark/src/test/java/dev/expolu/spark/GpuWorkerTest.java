package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engine cuda on a real standalone cluster of this machine, which has no GPU: the driver plans the
 * runs without one; a worker that declares a GPU (a discovery script, address 0) gets the batches'
 * tasks, which find no CUDA device there and fail naming the runs, the executor and the GPU Spark
 * gave them, nothing recorded for them while the fused runs are; a cluster whose workers declare no
 * GPU fails within the timeout saying so.
 */
class GpuWorkerTest {

    @TempDir
    Path dir;

    private static String conf() {
        return "spark.executor.memory=512m spark.executor.cores=1";
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aGpuTaskRunsOnTheWorkerThatDeclaresAGpuAndWithoutCudaThereFailsItsRunsNamingThemAndTheExecutor()
            throws Exception {
        assumeFalse(CudaEngine.probe(Optional.empty()).engine().isPresent(), "this machine has a GPU: SparkCudaTest");
        Path src = Experiments.write(dir, "gpu", 20, 2, "cuda");
        Experiments.write(dir.resolve("cpu"), "cpu", 20, 1, "fused");
        Files.move(dir.resolve("cpu/src/cpu.yaml"), src.resolve("cpu.yaml"));
        Path out = dir.resolve("out");
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"), 1,
                StandaloneCluster.oneGpu(dir.resolve("spark")))) {
            assertThatThrownBy(() -> Training.run(Experiments.request(src, out, Optional.of(out.resolve("cache")))
                    .executor(Experiments.spark(cluster.url(), conf(), 60, Map.of("gpuBatch", "3"))).build(),
                    TrainingLog.of(lines::add, lines::add)))
                    .isInstanceOf(ExecutorException.class)
                    .hasMessageStartingWith("4 run(s) failed on Spark at " + cluster.url() + " (the others are"
                            + " recorded):")
                    .hasMessageMatching("(?s).*gpu/expolu/seed-1 failed on executor \\d+ at 127\\.0\\.0\\.1: no CUDA"
                            + " device found \\(.*\\); this task was given GPU 0 by Spark.*")
                    .hasMessageContainingAll("gpu/expolu/seed-2 failed", "gpu/relu/seed-1 failed",
                            "gpu/relu/seed-2 failed");
        }
        assertThat(lines).contains("cuda on Spark: 4 run(s) in 2 task(s) of at most 3 (expolu.spark.gpuBatch),"
                + " each asking Spark for one GPU");
        assertThat(out.resolve("records/cpu/expolu/seed-1.json")).exists();
        assertThat(out.resolve("records/cpu/relu/seed-1.json")).exists();
        assertThat(out.resolve("records/gpu")).doesNotExist();
        try (Stream<Path> cached = Files.walk(out.resolve("cache"))) {
            assertThat(cached.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(2);
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aClusterWhoseWorkersDeclareNoGpuFailsWithinTheTimeoutSayingSoAndTrainsNothing() throws Exception {
        Path src = Experiments.write(dir, "gpu", 20, 1, "cuda");
        Path out = dir.resolve("out");
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"), 1)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Training.run(Experiments.request(src, out, Optional.empty())
                    .executor(Experiments.spark(cluster.url(), conf(), 10)).build(), TrainingLog.NONE))
                    .isInstanceOf(ExecutorException.class)
                    .hasMessage("Spark master " + cluster.url() + " cannot be reached or has no room: it gave this"
                            + " build no executor (the cuda runs ask for executors with a GPU,"
                            + " spark.executor.resource.gpu.amount=1: does a worker offer one?"
                            + " spark.worker.resource.gpu.amount and ...discoveryScript) within 10 s"
                            + " (expolu.spark.timeoutSeconds); nothing trained on it, the records already written are"
                            + " kept");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
        }
        assertThat(out.resolve("records/gpu")).doesNotExist();
    }
}
