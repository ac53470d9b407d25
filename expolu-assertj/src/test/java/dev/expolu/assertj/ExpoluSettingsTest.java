package dev.expolu.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.TrainRequest;
import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The plugin's system properties, read the plugin's way. */
class ExpoluSettingsTest {

    @Test
    void withoutPropertiesTheCoresDefaults() {
        ExpoluSettings settings = ExpoluSettings.from(new Properties());
        TrainRequest core = TrainRequest.builder(Path.of("src/experiments")).build();

        assertThat(settings.cacheDirectory()).isEqualTo(Defaults.cacheDirectory());
        assertThat(settings.threads()).isEqualTo(core.threads());
        assertThat(settings.recordsDirectory()).isEqualTo(core.recordsDirectory());
        assertThat(settings.reportsDirectory()).isEqualTo(core.reportsDirectory());
        assertThat(settings.progressInterval()).isEqualTo(core.progressInterval());
        assertThat(settings.engine()).isEqualTo(core.engine());
    }

    @Test
    void eachPropertyAsThePluginReadsIt() {
        ExpoluSettings settings = ExpoluSettings.from(properties("expolu.cacheDirectory", "/tmp/c",
                "expolu.threads", "3", "expolu.recordsDirectory", "out/records", "expolu.reportsDirectory",
                "out/reports", "expolu.progressSeconds", "2", "expolu.engine", "dl4j"));

        assertThat(settings.cacheDirectory()).contains(Path.of("/tmp/c"));
        assertThat(settings.threads()).isEqualTo(3);
        assertThat(settings.recordsDirectory()).isEqualTo(Path.of("out/records"));
        assertThat(settings.reportsDirectory()).isEqualTo(Path.of("out/reports"));
        assertThat(settings.progressInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.engine()).contains(Engine.DL4J);
        assertThat(ExpoluSettings.from(properties("expolu.cache", "false", "expolu.cacheDirectory", "/tmp/c"))
                .cacheDirectory()).isEmpty();
        assertThat(settings.log().debugEnabled()).isFalse();
        assertThat(ExpoluSettings.from(properties("expolu.debug", "true")).log().debugEnabled()).isTrue();
    }

    @Test
    void aValueThatMeansNothingIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ExpoluSettings.from(properties("expolu.threads", "0")))
                .hasMessage("expolu.threads is '0', but expected a whole number of at least 1");
        assertThatThrownBy(() -> ExpoluSettings.from(properties("expolu.cache", "yes")))
                .hasMessage("expolu.cache is 'yes', but expected true or false");
        assertThatThrownBy(() -> ExpoluSettings.from(properties("expolu.engine", "tpu")))
                .hasMessage("expolu.engine is 'tpu', but expected one of fused, dl4j, cuda, auto");
    }

    @Test
    void theRequestHasNoLocksAndAReportFolderPerExperiment() {
        ExpoluSettings settings = ExpoluSettings.from(properties("expolu.threads", "2"))
                .withCacheDirectory(Optional.of(Path.of("cache")));

        TrainRequest request = settings.request(Fixtures.contrast().build());

        assertThat(request.lockMode()).isEqualTo(LockMode.OFF);
        assertThat(request.reportsDirectory()).isEqualTo(Defaults.reportsDirectory().resolve("contrast"));
        assertThat(request.recordsDirectory()).isEqualTo(Defaults.recordsDirectory());
        assertThat(request.cacheDirectory()).contains(Path.of("cache"));
        assertThat(request.threads()).isEqualTo(2);
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
