package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.TrainingLog;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Expolu.train(builder)} with a trainer class or a DL4J configuration, asserted on any metric. */
class OwnModelBuilderTest {

    @TempDir
    Path dir;

    private ExpoluSettings settings() {
        return ExpoluSettings.from(new java.util.Properties())
                .withRecordsDirectory(dir.resolve("target/expolu")).withReportsDirectory(dir.resolve("reports"))
                .withCacheDirectory(Optional.empty()).withLog(TrainingLog.NONE);
    }

    @Test
    void aTrainerClassIsBuiltAsTheFileNamesItAndItsParametersVaryByVariant() {
        ExperimentBuilder climb = Expolu.experiment("climb")
                .model(m -> m.trainer(TrainerClaimsTest.Climber.class).parameter("rate", 0.2))
                .training(t -> t.rounds(10))
                .seeds(1, 2, 3)
                .variant("slow", v -> v.model(m -> m.parameter("rate", 0.05)))
                .variant("fast", v -> v.model(m -> m.parameter("rate", 0.2)));

        assertThat(climb.toYaml()).contains("kind: trainer", "class: \"" + TrainerClaimsTest.Climber.class.getName() + "\"");
        ExperimentResult result = Expolu.train(climb, settings());

        // 1 - (1 - a0) 0.8^10 with a0 = 0.31, 0.32, 0.30; at 0.05: 1 - (1 - a0) 0.95^10, below 0.6
        assertThat(result.variant("fast")).last("accuracy").atLeast(0.92).inEverySeed();
        assertThat(result.variant("slow")).last("accuracy").atMost(0.6).inEverySeed();
        assertThatThrownBy(() -> assertThat(result.variant("slow")).last("accuracy").atLeast(0.9).inEverySeed())
                .hasMessageStartingWith("climb/slow: final(accuracy) >= 0.9 in >= 3 of 3 seeds: 0 of 3 met it");
    }

    @Test
    void aDl4jConfigurationTrainsByDl4jsFitAndItsAccuracyIsAsserted() {
        ExperimentBuilder blobs = Expolu.experiment("blobs")
                .model(m -> m.dl4jConfiguration("src/test/resources/dl4j/net.json"))
                .data(d -> d.csv("src/test/resources/dl4j/blobs.csv").label("label").validation(0.3).standardize(true))
                .training(t -> t.rounds(15).batchSize(16))
                .seeds(1, 2);

        ExperimentResult result = Expolu.train(blobs, settings());

        assertThat(result.variant("default")).last("accuracy").atLeast(0.6).inEverySeed()
                .last("valLoss").atMost(1.0).inEverySeed();
        assertThat(result.variant("default").runs().get(0).provenance().engine()).isEqualTo("dl4j-fit");
    }
}
