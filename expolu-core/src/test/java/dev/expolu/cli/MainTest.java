package dev.expolu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.TrainRequest;
import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's options, read into the core's request. */
class MainTest {

    @Test
    void withOnlyTheExperimentsFolderEverySettingIsTheCoresDefault() {
        TrainRequest parsed = Main.parse(new String[] {"--experiments", "src/experiments"});

        assertThat(parsed).isEqualTo(TrainRequest.builder(Path.of("src/experiments"))
                .cacheDirectory(Defaults.cacheDirectory()).build());
    }

    @Test
    void eachOptionSetsItsSetting() {
        TrainRequest parsed = Main.parse(new String[] {"--experiments", "e", "--include", "a, b*", "--records", "r",
                "--reports", "p", "--threads", "3", "--progress-seconds", "2", "--lock", "strict", "--engine", "dl4j",
                "--cache", "c"});

        assertThat(parsed.includes()).containsExactly("a", "b*");
        assertThat(parsed.recordsDirectory()).isEqualTo(Path.of("r"));
        assertThat(parsed.reportsDirectory()).isEqualTo(Path.of("p"));
        assertThat(parsed.threads()).isEqualTo(3);
        assertThat(parsed.progressInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(parsed.lockMode()).isEqualTo(LockMode.STRICT);
        assertThat(parsed.engine()).contains(Engine.DL4J);
        assertThat(parsed.cacheDirectory()).contains(Path.of("c"));
        assertThat(Main.parse(new String[] {"--experiments", "e", "--no-cache"}).cacheDirectory()).isEmpty();
        assertThat(Main.parse(new String[] {"--experiments", "e"}).includes()).isEqualTo(List.of());
    }

    @Test
    void aValueThatIsNotAWholeNumberIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--experiments", "e", "--threads", "two"}))
                .hasMessage("--threads is 'two', but expected a whole number of at least 1");
        assertThatThrownBy(() -> Main.parse(new String[] {"--experiments", "e", "--progress-seconds", "0"}))
                .hasMessage("--progress-seconds is '0', but expected a whole number of at least 1");
    }
}
