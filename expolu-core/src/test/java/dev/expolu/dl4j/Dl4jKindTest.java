package dev.expolu.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.activation.ExpoLU;
import dev.expolu.execution.TrainResult;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** model.kind dl4j: a DL4J configuration with ExpoLU inside, trained by DL4J's fit on a CSV table, gated. */
class Dl4jKindTest {

    static final String EXPERIMENT = """
            name: blobs
            model: {kind: dl4j, configuration: %s}
            data: {csv: %s, label: %s, validation: 0.25, standardize: true}
            training: {rounds: 12, batchSize: 16}
            seeds: [1, 2]
            expect:
              - final: {metric: accuracy, atLeast: 0.9}
              - finalLoss: {atMost: 0.5}
            """;

    @TempDir
    Path dir;

    private Dl4jExperiments blobs;
    private Path experiments;

    @BeforeEach
    void files() throws Exception {
        blobs = new Dl4jExperiments(dir); // the folder, with blobs.csv: two blobs of 40 rows
        experiments = blobs.folder();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(0).updater(new Sgd(0.1)).list()
                .layer(new DenseLayer.Builder().nIn(2).nOut(8).activation(new ExpoLU()).build())
                .layer(new DenseLayer.Builder().nIn(8).nOut(8).activation(new ExpoLU()).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(8).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        Files.writeString(experiments.resolve("net.json"), conf.toJson());
    }

    private void experiment(String configuration, String csv, String label) throws Exception {
        Files.writeString(experiments.resolve("blobs.yaml"), EXPERIMENT.formatted(configuration, csv, label));
    }

    private TrainResult train(String records) throws Exception {
        return blobs.train(records);
    }

    @Test
    void aConfigurationWithExpoLuTrainsByFitRecordsEveryMetricAndIsJudged() throws Exception {
        experiment("net.json", "blobs.csv", "label");

        TrainResult result = train("records");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        RunRecord record = RunRecords.read(dir.resolve("records/blobs/default/seed-1.json"));
        assertThat(record.losses()).hasSize(12);
        assertThat(record.metrics()).extracting(m -> m.name()).containsExactly("valLoss", "accuracy");
        assertThat(record.metrics().get(1).last()).isGreaterThanOrEqualTo(0.9);
        assertThat(record.provenance().engine()).isEqualTo("dl4j-fit");
        assertThat(record.setup()).containsEntry("kind", "dl4j").containsEntry("label", "label");
    }

    @Test
    void twoTrainingsOfOneSeedGiveTheSameCurvesBitForBitAndSeedsDiffer() throws Exception {
        experiment("net.json", "blobs.csv", "label");
        train("first");
        train("second");
        String first = RunRecords.read(dir.resolve("first/blobs/default/seed-1.json")).fingerprint();
        assertThat(RunRecords.read(dir.resolve("second/blobs/default/seed-1.json")).fingerprint()).isEqualTo(first);
        assertThat(RunRecords.read(dir.resolve("first/blobs/default/seed-2.json")).fingerprint()).isNotEqualTo(first);
    }

    @Test
    void badFilesAreRefusedWithTheirLineBeforeAnythingTrains() throws Exception {
        Files.writeString(experiments.resolve("not-a-net.json"), "{\"layers\": 3}");
        experiment("not-a-net.json", "blobs.csv", "label");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml")))
                .hasMessageContaining("blobs.yaml:2: model.configuration is not-a-net.json, but it is not a DL4J"
                        + " MultiLayerConfiguration or ComputationGraphConfiguration as its toJson() writes it");
        experiment("net.json", "blobs.csv", "class");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml")))
                .hasMessageContaining("blobs.yaml:3: data.csv is blobs.csv, which has no column 'class' in its header"
                        + " (line 1: x1,x2,label); expected data.label to name one");
        experiment("../net.json", "blobs.csv", "label");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml")))
                .hasMessageContaining("blobs.yaml:2: model.configuration is '../net.json', but expected a path inside"
                        + " the experiment's folder");
        Files.writeString(experiments.resolve("three.csv"), "x1,x2,label\n1,2,0\n3,4,2\n5,6,1\n");
        experiment("net.json", "three.csv", "label");
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml")))
                .hasMessageContaining("blobs.yaml:2: model.configuration is net.json, whose output layer has 2 units,"
                        + " but the table's labels name 3 classes");
        assertThat(dir.resolve("records")).doesNotExist();
    }

    @Test
    void aFactoryOnTheClassPathMakesTheConfigurationFromTheFilesParameters() throws Exception {
        Files.writeString(experiments.resolve("blobs.yaml"), """
                name: blobs
                model:
                  kind: dl4j
                  factory: dev.expolu.dl4j.Nets#mlp
                  parameters: {layers: 2, width: 8}
                data: {csv: blobs.csv, label: label, validation: 0.25, standardize: true}
                training: {rounds: 12, batchSize: 16}
                seeds: [1, 2]
                variants:
                  expolu: {model: {parameters: {activation: expolu}}}
                  relu: {model: {parameters: {activation: relu}}}
                expect:
                  - final: {metric: accuracy, atLeast: 0.9}
                """);

        TrainResult result = train("records");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        RunRecord expolu = RunRecords.read(dir.resolve("records/blobs/expolu/seed-1.json"));
        RunRecord relu = RunRecords.read(dir.resolve("records/blobs/relu/seed-1.json"));
        assertThat(expolu.fingerprint()).isNotEqualTo(relu.fingerprint());
        assertThat(((java.util.Map<?, ?>) expolu.setup().get("configuration")).get("factory"))
                .isEqualTo("dev.expolu.dl4j.Nets#mlp");
        assertThat(((java.util.Map<?, ?>) expolu.setup().get("configuration")).get("sha256"))
                .isEqualTo(dev.expolu.run.Sha256.hex(Nets.mlp(java.util.Map.of("layers", "2", "width", "8", "activation",
                        "expolu")).toJson()));
    }

    @Test
    void aFactoryThatNamesNoSeedIsKeyedWithoutTheClocksSeedAndTrainsFromTheRunsSeed() throws Exception {
        Files.writeString(experiments.resolve("blobs.yaml"), """
                name: blobs
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#unseeded, parameters: {layers: 2, width: 8}}
                data: {csv: blobs.csv, label: label, validation: 0.25, standardize: true}
                training: {rounds: 12, batchSize: 16}
                seeds: [1]
                """);

        TrainResult result = train("records");
        TrainResult again = train("again");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        assertThat(again.passed()).as(again.failureMessage()).isTrue();
        assertThat(RunRecords.read(dir.resolve("again/blobs/default/seed-1.json")).fingerprint())
                .isEqualTo(RunRecords.read(dir.resolve("records/blobs/default/seed-1.json")).fingerprint());
    }

    @Test
    void aFactoryThatIsMissingOrTakesNoParametersIsRefusedWithItsLine() throws Exception {
        String yaml = """
                model: {kind: dl4j, factory: %s%s}
                data: {csv: blobs.csv}
                training: {rounds: 2}
                """;
        Files.writeString(experiments.resolve("blobs.yaml"), yaml.formatted("dev.expolu.dl4j.Nets#deep", ""));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml"))).hasMessageContaining(
                "blobs.yaml:1: model.factory is dev.expolu.dl4j.Nets#deep, but Nets has no public static method deep()"
                        + " or deep(Map<String, String>) returning a MultiLayerConfiguration or ComputationGraphConfiguration"
                        + " (or either network)");
        Files.writeString(experiments.resolve("blobs.yaml"), yaml.formatted("dev.expolu.dl4j.Nets#fixed",
                ", parameters: {width: 4}"));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml"))).hasMessageContaining(
                "blobs.yaml:1: model.factory is dev.expolu.dl4j.Nets#fixed, which takes no parameters, but"
                        + " model.parameters sets [width]; expected fixed(Map<String, String>)");
        Files.writeString(experiments.resolve("blobs.yaml"), yaml.formatted("com.example.Gone#mlp", ""));
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.resolve("blobs.yaml"))).hasMessageContaining(
                "blobs.yaml:1: model.factory is com.example.Gone, but no such class is on the project's test class"
                        + " path");
    }
}
