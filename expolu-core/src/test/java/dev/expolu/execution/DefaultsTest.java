package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.cache.RunCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A request built in code starts from the settings' defaults, but for the run cache. */
class DefaultsTest {

    @Test
    void theBuilderStartsFromTheDefaultsWithoutARunCache() {
        TrainRequest request = TrainRequest.builder(Path.of(Defaults.EXPERIMENTS_FOLDER)).build();

        assertThat(request).isEqualTo(new TrainRequest(Path.of(Defaults.EXPERIMENTS_FOLDER), List.of(),
                Defaults.recordsDirectory(), Defaults.reportsDirectory(), Defaults.threads(),
                Defaults.progressInterval(), Defaults.lockMode(), Optional.empty(),
                Optional.empty(), Defaults.executor(), List.of()));
    }

    @Test
    void theTypedDefaultsAreTheTextsTheMojosName() {
        assertThat(Defaults.recordsDirectory()).isEqualTo(Path.of(Defaults.BUILD_FOLDER, Defaults.RECORDS_FOLDER));
        assertThat(String.valueOf(Defaults.threads())).isEqualTo(Defaults.THREADS);
        assertThat(String.valueOf(Defaults.progressInterval().toSeconds())).isEqualTo(Defaults.PROGRESS_SECONDS);
        assertThat(Defaults.lockMode().name()).isEqualToIgnoringCase(Defaults.LOCK);
        assertThat(Defaults.executor().name()).isEqualTo(Defaults.EXECUTOR);
        assertThat(Defaults.cacheDirectory().isPresent()).isEqualTo(Boolean.parseBoolean(Defaults.CACHE));
        Defaults.cacheDirectory().ifPresent(d -> assertThat(d).isEqualTo(RunCache.defaultDirectory()));
        assertThat(String.valueOf(Defaults.sparkTimeout().toSeconds())).isEqualTo(Defaults.SPARK_TIMEOUT_SECONDS);
        assertThat(String.valueOf(Defaults.sparkGpuBatch())).isEqualTo(Defaults.SPARK_GPU_BATCH);
    }
}
