package dev.expolu.spark;

import dev.expolu.execution.ExecutorSettings;
import dev.expolu.execution.TrainRequest;
import dev.expolu.lock.LockMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Tiny experiments, and requests to train them locally or on Spark. */
final class Experiments {

    private Experiments() {
    }

    /** Two variants of {@code seeds} seeds, {@code rounds} rounds each, on a 3 x 24 net. */
    static Path write(Path dir, String name, int rounds, int seeds) throws IOException {
        return write(dir, name, rounds, seeds, "fused");
    }

    /** {@link #write(Path, String, int, int)}, trained by {@code engine}. */
    static Path write(Path dir, String name, int rounds, int seeds, String engine) throws IOException {
        Path experiments = Files.createDirectories(dir.resolve("src"));
        Files.writeString(experiments.resolve(name + ".yaml"), """
                name: %s
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 24, activation: expolu}
                training: {rounds: %d, dtype: float32, engine: %s}
                seeds: {from: 1, count: %d}
                variants:
                  expolu:
                    expect:
                      - finalLoss: {atMost: 10.0}
                  relu: {model: {activation: relu}}
                """.formatted(name, rounds, engine, seeds));
        return experiments;
    }

    /** Trains {@code experiments} with records and reports under {@code out}, the cache in {@code cache}. */
    static TrainRequest.Builder request(Path experiments, Path out, Optional<Path> cache) {
        return TrainRequest.builder(experiments).recordsDirectory(out.resolve("records"))
                .reportsDirectory(out.resolve("reports")).threads(2).progressInterval(Duration.ofHours(1))
                .lockMode(LockMode.UPDATE).cacheDirectory(cache);
    }

    /** {@code expolu.executor=spark} on {@code master}, with the test's JVM options and these conf pairs. */
    static ExecutorSettings spark(String master, String conf, int timeoutSeconds) {
        return spark(master, conf, timeoutSeconds, Map.of());
    }

    /** {@link #spark(String, String, int)} with more {@code expolu.spark.*} options, such as gpuBatch. */
    static ExecutorSettings spark(String master, String conf, int timeoutSeconds, Map<String, String> more) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("master", master);
        options.put("conf", "spark.ui.enabled=false spark.driver.host=127.0.0.1 spark.driver.bindAddress=127.0.0.1 "
                + conf);
        options.put("timeoutSeconds", String.valueOf(timeoutSeconds));
        options.putAll(more);
        return new ExecutorSettings("spark", options);
    }
}
