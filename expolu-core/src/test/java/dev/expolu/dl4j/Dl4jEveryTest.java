package dev.expolu.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.TrainResult;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** training.every: {iterations: N}: a round of N of fit's iterations, the curves recorded at each round's end. */
class Dl4jEveryTest {

    /** 80 rows, 20 held out: 60 to train, 4 batches of 16 an epoch. */
    private static final String EXPERIMENT = """
            name: blobs
            model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#mlp}
            data: {csv: blobs.csv, validation: 0.25, standardize: true}
            training: {rounds: %d, batchSize: 16%s}
            seeds: [1]
            """;

    @TempDir
    Path dir;

    private Dl4jExperiments experiments;

    @BeforeEach
    void files() throws Exception {
        experiments = new Dl4jExperiments(dir);
    }

    private RunRecord train(int rounds, String every) throws Exception {
        experiments.write(EXPERIMENT.formatted(rounds, every));
        String records = "records-" + rounds + "-" + every.replaceAll("\\W", "");
        TrainResult result = experiments.train(records);
        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        return RunRecords.read(dir.resolve(records + "/blobs/default/seed-1.json"));
    }

    @Test
    void anEpochsIterationsARoundRecordTheCurvesOfAnEpochARoundBitForBit() throws Exception {
        RunRecord epochs = train(6, "");
        RunRecord iterations = train(6, ", every: {iterations: 4}");

        assertThat(iterations.losses()).containsExactly(epochs.losses());
        for (int m = 0; m < 2; m++) {
            assertThat(iterations.metrics().get(m).values()).containsExactly(epochs.metrics().get(m).values());
        }
        assertThat(iterations.setup()).containsEntry("every", java.util.Map.of("iterations", 4));
    }

    @Test
    void roundsOfThreeIterationsRunAcrossEpochsAndScoringBetweenThemMovesNoBit() throws Exception {
        RunRecord threes = train(10, ", every: {iterations: 3}"); // 30 iterations: 7 epochs and half of the 8th
        RunRecord ones = train(30, ", every: {iterations: 1}");

        assertThat(threes.losses()).hasSize(10);
        assertThat(threes.metrics().get(1).values()).hasSize(10);
        for (int r = 0; r < 10; r++) {
            double[] one = ones.losses();
            assertThat(threes.losses()[r]).isEqualTo((0 + one[3 * r] + one[3 * r + 1] + one[3 * r + 2]) / 3);
            assertThat(threes.metrics().get(0).values()[r]).isEqualTo(ones.metrics().get(0).values()[3 * r + 2]);
        }
    }

    @Test
    void everyNeedsAWholeNumberOfIterationsOfAtLeastOne() throws Exception {
        experiments.write(EXPERIMENT.formatted(4, ", every: {iterations: 0}"));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:4: training.every.iterations is 0, but expected at least 1");
        experiments.write(EXPERIMENT.formatted(4, ", every: 50"));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:4: training.every is");
        experiments.write(EXPERIMENT.formatted(4, ", every: {epochs: 2}"));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:4: training.every.epochs");
    }
}
