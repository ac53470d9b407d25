package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.api.Run;
import dev.expolu.api.Trainer;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own trainer gated from JUnit: its file trained as the plugin trains it, any metric asserted. */
class TrainerClaimsTest {

    /** A score that climbs towards 1 at a rate set by the file, the loss falling with it. */
    public static class Climber implements Trainer {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.lower("loss"), Metric.higher("accuracy"));
        }

        @Override
        public void train(Run run, Rounds rounds) throws InterruptedException {
            double rate = run.number("rate");
            double accuracy = 0.3 + 0.01 * (run.seed() % 3);
            for (int round = 0; round < run.rounds(); round++) {
                accuracy += rate * (1 - accuracy);
                rounds.report(1 - accuracy, accuracy);
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void anyMetricTheTrainerReportsIsAssertedAndAFalseClaimNamesEachSeedsFigure() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("src/experiments")).resolve("climb.yaml"), """
                model: {kind: trainer, class: %s, parameters: {rate: 0.2}}
                training: {rounds: 10}
                seeds: [1, 2, 3]
                """.formatted(Climber.class.getName()));
        ExpoluSettings settings = ExpoluSettings.from(new java.util.Properties())
                .withRecordsDirectory(dir.resolve("target/expolu")).withReportsDirectory(dir.resolve("reports"))
                .withCacheDirectory(Optional.empty()).withLog(TrainingLog.NONE);

        ExperimentResult result = Expolu.train(file, settings);

        assertThat(result.variant("default")).last("accuracy").atLeast(0.9).inEverySeed()
                .best("accuracy").atLeast(0.9).inEverySeed()
                .finalLoss().atMost(0.1).inEverySeed();
        // 1 - (1 - a0) 0.8^10 with a0 = 0.31, 0.32, 0.30: 0.92591, 0.92699, 0.92484
        assertThatThrownBy(() -> assertThat(result.variant("default")).last("accuracy").atLeast(0.9265).inEverySeed())
                .hasMessageStartingWith("climb/default: final(accuracy) >= ")
                .hasMessageContaining(" in >= 3 of 3 seeds: 1 of 3 met it; seed 1: 0.926, seed 3: 0.925");
    }

    @Test
    void twoVariantsAreComparedOnAnyMetricInItsOwnDirection() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("src/experiments")).resolve("climb.yaml"), """
                model: {kind: trainer, class: %1$s, parameters: {rate: 0.2}}
                training: {rounds: 10}
                seeds: [1, 2, 3, 4]
                variants:
                  fast: {}
                  slow: {model: {kind: trainer, class: %1$s, parameters: {rate: 0.05}}}
                """.formatted(Climber.class.getName()));
        ExperimentResult result = Expolu.train(file, ExpoluSettings.from(new java.util.Properties())
                .withRecordsDirectory(dir.resolve("target/expolu")).withReportsDirectory(dir.resolve("reports"))
                .withCacheDirectory(Optional.empty()).withLog(TrainingLog.NONE));

        assertThat(result).variant("fast").last("accuracy").isBetterThan("slow").withPValueAtMost(0.05)
                .best("accuracy").isBetterThan("slow").withPValueAtMost(0.05)
                .roundsTo("accuracy", 0.5).isBetterThan("slow").withPValueAtMost(0.05)
                .finalLoss().isBetterThan("slow").withPValueAtMost(0.05);
        assertThatThrownBy(() -> assertThat(result).variant("slow").last("accuracy").isBetterThan("fast")
                .withPValueAtMost(0.05))
                .hasMessageStartingWith("climb: final(accuracy) higher in slow than in fast: p = 1, but expected p <="
                        + " 0.05 (Mann-Whitney U = 0 of 16")
                .hasMessageContaining("  slow: seed 1: 0.587, "); // 1 - (1 - 0.31) 0.95^10
        assertThatThrownBy(() -> assertThat(result).variant("slow").finalLoss().isBetterThan("fast")
                .withPValueAtMost(0.05)).hasMessageStartingWith("climb: finalLoss lower in slow than in fast: p = 1,");
        assertThatThrownBy(() -> assertThat(result).variant("fast").last("recall").isBetterThan("slow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("final(recall), but climb/fast's runs report [loss, accuracy]; expected one of those");
        assertThatThrownBy(() -> assertThat(result).variant("fast").roundsTo("recall", 0.5).isBetterThan("slow")
                .withPValueAtMost(0.05)).hasMessageContaining("roundsTo(recall, 0.5) lower in fast than in slow: nothing"
                        + " to compare, fast's seed 1 reports no recall, only [loss, accuracy]");
    }
}
