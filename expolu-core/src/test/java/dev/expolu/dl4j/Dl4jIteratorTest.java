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

/** data.iterator: DataSetIterators that the project's code makes from the run's seed. */
class Dl4jIteratorTest {

    private static final String EXPERIMENT = """
            name: blobs
            model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#mlp}
            data: {iterator: %s, validation: %s}
            training: {rounds: %s}
            seeds: [1, 2]
            expect:
              - final: {metric: accuracy, atLeast: 0.9}
            """;

    @TempDir
    Path dir;

    private Dl4jExperiments experiments;

    @BeforeEach
    void files() throws Exception {
        experiments = new Dl4jExperiments(dir);
    }

    private void experiment(String iterator, String validation, String training) throws Exception {
        experiments.write(EXPERIMENT.formatted(iterator, validation, training));
    }

    @Test
    void theProjectsIteratorsTrainAndScoreKeyedByTheSeedAndTheCode() throws Exception {
        experiment("dev.expolu.dl4j.BlobsData#train", "dev.expolu.dl4j.BlobsData#validation", "12");

        TrainResult result = experiments.train("records");
        experiments.train("again");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        RunRecord one = RunRecords.read(dir.resolve("records/blobs/default/seed-1.json"));
        assertThat(one.losses()).hasSize(12);
        assertThat(one.setup()).containsEntry("iterator", "dev.expolu.dl4j.BlobsData#train")
                .containsEntry("validation", "dev.expolu.dl4j.BlobsData#validation")
                .containsEntry("code", dev.expolu.trainer.ProjectClasses.ofThisJvm().hash())
                .doesNotContainKey("batchSize");
        assertThat(RunRecords.read(dir.resolve("again/blobs/default/seed-1.json")).fingerprint())
                .isEqualTo(one.fingerprint());
        assertThat(RunRecords.read(dir.resolve("records/blobs/default/seed-2.json")).fingerprint())
                .as("the seed orders the batches").isNotEqualTo(one.fingerprint());
    }

    @Test
    void iteratorsRecordEveryNIterationsToo() throws Exception {
        experiment("dev.expolu.dl4j.BlobsData#train", "dev.expolu.dl4j.BlobsData#validation",
                "10, every: {iterations: 3}");

        TrainResult result = experiments.train("records");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(RunRecords.read(dir.resolve("records/blobs/default/seed-1.json")).losses()).hasSize(10);
    }

    @Test
    void anIteratorThatCannotResetFailsItsRunAtTheSecondEpochSayingSo() throws Exception {
        experiment("dev.expolu.dl4j.BlobsData#once", "dev.expolu.dl4j.BlobsData#validation", "2");

        assertThatThrownBy(() -> experiments.train("records")).rootCause().hasMessageContaining(
                "data.iterator dev.expolu.dl4j.BlobsData#once made an iterator that cannot reset (resetSupported() is"
                        + " false); expected one that can, to train another epoch");
    }

    @Test
    void aValidationIteratorOfNoRowsFailsItsRunRatherThanRecordAValLossOfZero() throws Exception {
        experiment("dev.expolu.dl4j.BlobsData#train", "dev.expolu.dl4j.BlobsData#empty", "2");

        assertThatThrownBy(() -> experiments.train("records")).rootCause().hasMessageContaining(
                "data.validation made no held-out rows for dev.expolu.dl4j.BlobsData#train's run; expected at least"
                        + " one batch");
    }

    @Test
    void aMethodOfAnotherSignatureIsRefusedWithItsLine() throws Exception {
        experiment("dev.expolu.dl4j.BlobsData#unseeded", "dev.expolu.dl4j.BlobsData#heldOut", "2");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:3: data.iterator is dev.expolu.dl4j.BlobsData#unseeded, but BlobsData has no public static"
                        + " method unseeded(long seed) returning a DataSetIterator").hasMessageContaining(
                "blobs.yaml:3: data.validation is dev.expolu.dl4j.BlobsData#heldOut, but BlobsData has no public static"
                        + " method heldOut(long seed) returning a DataSetIterator");
        experiment("dev.expolu.dl4j.BlobsData#train", "dev.expolu.dl4j.BlobsData#describe", "2");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:3: data.validation is dev.expolu.dl4j.BlobsData#describe, but BlobsData has no public"
                        + " static method describe(long seed) returning a DataSetIterator");
        experiment("com.example.Gone#train", "0.3", "2");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:3: data.iterator is com.example.Gone, but no such class is on the project's test class path");
    }

    @Test
    void aTablesSettingsBesideAnIteratorAreRefusedWithTheirLines() throws Exception {
        experiments.write("""
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#mlp}
                data:
                  iterator: dev.expolu.dl4j.BlobsData#train
                  csv: blobs.csv
                training: {rounds: 2, batchSize: 16}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml()))
                .hasMessageContaining("blobs.yaml:4: data.csv is set, but data.iterator makes the data; expected one of"
                        + " data.csv and data.iterator")
                .hasMessageContaining("blobs.yaml:3: data.validation is missing; expected Class#method(long seed)"
                        + " making the held-out DataSetIterator, beside data.iterator")
                .hasMessageContaining("blobs.yaml:5: training.batchSize is set, but data.iterator makes its own"
                        + " batches; expected no batchSize");
    }
}
