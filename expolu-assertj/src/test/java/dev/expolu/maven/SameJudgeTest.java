package dev.expolu.maven;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static dev.expolu.assertj.ExpoluAssertions.assertThatThrownBy;
import static dev.expolu.assertj.ExpoluAssertions.catchThrowableOfType;

import dev.expolu.assertj.ExperimentResult;
import dev.expolu.assertj.Expolu;
import dev.expolu.assertj.ExpoluSettings;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One judge: the same false claims fail {@code expolu:train} (the Mojo, driven without a container)
 * and the assertions with the same lines, and the assertions take the Mojo's runs from the cache.
 */
class SameJudgeTest {

    private static final String NL = System.lineSeparator();

    /** Four seeds a side, so the comparison could show p down to 1/70; these runs do not show it at 0.02. */
    static final String CLAIM = """
            name: claim
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 4}
            training: {rounds: 3, learningRate: 1.0e-3, dtype: float64}
            seeds: [1, 2, 3, 4]
            variants:
              expolu:
                model: {activation: expolu}
                expect:
                  - finalLoss: {atMost: 1.0e-12}
              relu:
                model: {activation: relu}
            compare:
              - {metric: finalLoss, lower: expolu, than: relu, pValue: 0.02}
            """;

    @TempDir
    Path dir;

    @Test
    void aFalseClaimFailsThePluginAndTheAssertionWithTheSameLines() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("src/experiments"));
        Path file = Files.writeString(experiments.resolve("claim.yaml"), CLAIM);
        MojoFailureException mojoFailure = catchThrowableOfType(() -> mojo(experiments).execute(),
                MojoFailureException.class);
        List<String> mojoLines = mojoFailure.getMessage().lines().toList();
        List<String> log = Collections.synchronizedList(new ArrayList<>());

        ExperimentResult result = Expolu.train(file, ExpoluSettings.from(new Properties())
                .withRecordsDirectory(dir.resolve("junit/target/expolu"))
                .withReportsDirectory(dir.resolve("junit/target/expolu-reports"))
                .withCacheDirectory(Optional.of(dir.resolve("cache")))
                .withLog(TrainingLog.of(log::add, log::add)));

        assertThat(log).filteredOn(l -> l.startsWith("claim/")).hasSize(8).allMatch(l -> l.contains(": cached ("));
        assertThat(mojoLines).hasSize(4).startsWith("Experiment expectations missed:");
        assertThatThrownBy(() -> assertThat(result).passes()).hasMessage(mojoFailure.getMessage());
        assertThatThrownBy(() -> assertThat(result).variant("expolu").finalLoss().atMost(1e-12).inEverySeed())
                .hasMessageStartingWith(mojoLines.get(1).strip() + NL)
                .hasMessageStartingWith("claim/expolu: finalLoss <= 1e-12 in >= 4 of 4 seeds: 0 of 4 met it; seed 1: ");
        assertThat(mojoLines.get(2)).isEqualTo("Comparisons the data do not show:");
        assertThatThrownBy(() -> assertThat(result).variant("expolu").hasLowerFinalLossThan("relu")
                .withPValueAtMost(0.02))
                .hasMessageStartingWith(mojoLines.get(3).strip() + NL)
                .hasMessageStartingWith("claim: finalLoss lower in expolu than in relu: p = ");
    }

    private TrainMojo mojo(Path experiments) {
        TrainMojo mojo = new TrainMojo();
        mojo.setLog(new SystemStreamLog());
        mojo.experimentsDirectory = experiments.toFile();
        mojo.reportsDirectory = dir.resolve("target/expolu-reports").toFile();
        mojo.recordsDirectory = dir.resolve("target/expolu").toFile();
        mojo.haltOnFailure = true;
        mojo.threads = 2;
        mojo.progressSeconds = 10;
        mojo.lock = "off";
        mojo.cache = true;
        mojo.cacheDirectory = dir.resolve("cache").toFile();
        mojo.fork = false;
        return mojo;
    }
}
