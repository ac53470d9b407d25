package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.run.Precision;
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
 * Engine cuda on a standalone cluster of this machine whose worker declares its first GPU: the
 * batches train on the executor's GPU and give the local cuda executor's fingerprints and device.
 * Needs a GPU; skipped with the reason where there is none (as CI).
 */
class SparkCudaTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void aClusterWorkerWithTheGpuGivesTheLocalCudaExecutorsFingerprintsAndDevice() throws Exception {
        CudaEngine.Probe probe = CudaEngine.probe(Optional.empty());
        assumeTrue(probe.engine().isPresent(), () -> "skipped: " + probe.reason());
        Path src = Experiments.write(dir, "gpu", 200, 4, "cuda");
        TrainResult local = Training.run(Experiments.request(src, dir.resolve("local"), Optional.empty()).build(),
                TrainingLog.NONE);
        Path out = dir.resolve("cluster");
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"), 1,
                StandaloneCluster.oneGpu(dir.resolve("spark")))) {
            TrainResult spark = Training.run(Experiments.request(src, out, Optional.of(out.resolve("cache")))
                    .executor(Experiments.spark(cluster.url(), "spark.executor.memory=512m spark.executor.cores=1",
                            120, Map.of("gpuBatch", "3"))).build(), TrainingLog.of(lines::add, lines::add));

            assertThat(ClusterFixtures.fingerprints(spark)).isEqualTo(ClusterFixtures.fingerprints(local)).hasSize(8);
            assertThat(lines).contains("cuda on Spark: 8 run(s) in 3 task(s) of at most 3 (expolu.spark.gpuBatch),"
                    + " each asking Spark for one GPU");
        }
        String device = "\"device\" : \"" + probe.engine().get().arithmetic(Precision.FLOAT32).device()
                + "\"";
        assertThat(Files.readString(out.resolve("records/gpu/relu/seed-4.json"))).contains("\"engine\" : \"cuda\"",
                device);
        assertThat(Files.readString(dir.resolve("local/records/gpu/relu/seed-4.json"))).contains(device);
        try (Stream<Path> cached = Files.walk(out.resolve("cache"))) {
            assertThat(cached.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(8);
        }
    }
}
