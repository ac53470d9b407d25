package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What cannot be written: a run cache is a convenience, so a cache that cannot be written is a
 * warning and the build goes on; a record is the build's result, so one that cannot be written stops
 * it with the file's name. (A path under a plain file cannot be written even by root.)
 */
class WriteFailuresTest {

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void experiment() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/tiny.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 3, dtype: float64}
                seeds: [1, 2]
                """);
        Files.writeString(dir.resolve("blocked"), "a file, where a folder should be");
    }

    private TrainRequest.Builder request() {
        return TrainRequest.builder(dir.resolve("src")).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).progressInterval(Duration.ofHours(1));
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheBuildGoesOn() throws Exception {
        TrainResult result = Training.run(request().cacheDirectory(Optional.of(dir.resolve("blocked/cache"))).build(),
                TrainingLog.of(infos::add, warnings::add));

        assertThat(result.passed()).isTrue();
        assertThat(dir.resolve("records/tiny/default/seed-2.json")).isRegularFile();
        assertThat(warnings).filteredOn(w -> w.startsWith("Run cache ")).singleElement().asString()
                .contains(dir.resolve("blocked/cache").toString())
                .endsWith("; runs are trained and recorded, but not cached");
    }

    @Test
    void aRecordThatCannotBeWrittenStopsTheBuildNamingTheFile() {
        TrainRequest request = request().recordsDirectory(dir.resolve("blocked/records")).build();

        assertThatThrownBy(() -> Training.run(request, TrainingLog.of(infos::add, warnings::add)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot write " + dir.resolve("blocked/records/tiny/default/seed-"));
    }
}
