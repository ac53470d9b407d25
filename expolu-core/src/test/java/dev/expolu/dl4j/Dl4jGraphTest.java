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
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** model.kind dl4j with a ComputationGraphConfiguration: a file or a factory's graph, one input and one output. */
class Dl4jGraphTest {

    @TempDir
    Path dir;

    private Dl4jExperiments experiments;

    @BeforeEach
    void files() throws Exception {
        experiments = new Dl4jExperiments(dir);
        Files.writeString(experiments.folder().resolve("graph.json"), new NeuralNetConfiguration.Builder().seed(0)
                .updater(new Sgd(0.1)).graphBuilder().addInputs("in")
                .addLayer("h1", new DenseLayer.Builder().nIn(2).nOut(8).activation(new ExpoLU()).build(), "in")
                .addLayer("h2", new DenseLayer.Builder().nIn(8).nOut(8).activation(new ExpoLU()).build(), "h1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(8).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "h2")
                .setOutputs("out").build().toJson());
    }

    @Test
    void aGraphFileTrainsLikeAStackOfLayersAndItsSeedsAreTheRuns() throws Exception {
        experiments.write("""
                name: blobs
                model: {kind: dl4j, configuration: graph.json}
                data: {csv: blobs.csv, validation: 0.25, standardize: true}
                training: {rounds: 12, batchSize: 16}
                seeds: [1, 2]
                expect:
                  - final: {metric: accuracy, atLeast: 0.9}
                """);

        TrainResult result = experiments.train("records");
        experiments.train("again");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        RunRecord one = RunRecords.read(dir.resolve("records/blobs/default/seed-1.json"));
        assertThat(one.losses()).hasSize(12);
        assertThat(one.metrics()).extracting(m -> m.name()).containsExactly("valLoss", "accuracy");
        assertThat(RunRecords.read(dir.resolve("again/blobs/default/seed-1.json")).fingerprint())
                .isEqualTo(one.fingerprint());
        assertThat(RunRecords.read(dir.resolve("records/blobs/default/seed-2.json")).fingerprint())
                .isNotEqualTo(one.fingerprint());
    }

    @Test
    void aFactoryMayReturnTheGraphItselfWhoseConfigurationTrains() throws Exception {
        experiments.write("""
                name: blobs
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#graph, parameters: {width: 6}}
                data: {csv: blobs.csv, validation: 0.25, standardize: true}
                training: {rounds: 12, batchSize: 16}
                seeds: [1]
                expect:
                  - final: {metric: accuracy, atLeast: 0.9}
                """);

        TrainResult result = experiments.train("records");

        assertThat(result.passed()).as(result.failureMessage()).isTrue();
        RunRecord record = RunRecords.read(dir.resolve("records/blobs/default/seed-1.json"));
        assertThat(((Map<?, ?>) record.setup().get("configuration")).get("sha256"))
                .isEqualTo(dev.expolu.run.Sha256.hex(Nets.graph(Map.of("width", "6")).getConfiguration().toJson()));
    }

    @Test
    void aGraphOfTwoInputsOrNoOutputLayerIsRefusedWithItsLine() throws Exception {
        experiments.write("""
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#twoInputs}
                data: {csv: blobs.csv}
                training: {rounds: 2}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:1: model.factory is dev.expolu.dl4j.Nets#twoInputs, a graph of 2 input(s) [a, b] and 1"
                        + " output(s) [out]; expected one input and one output");
        Files.writeString(experiments.folder().resolve("dense.json"), new NeuralNetConfiguration.Builder().graphBuilder()
                .addInputs("in").addLayer("last", new DenseLayer.Builder().nIn(2).nOut(2).build(), "in")
                .setOutputs("last").build().toJson());
        experiments.write("""
                model: {kind: dl4j, configuration: dense.json}
                data: {csv: blobs.csv}
                training: {rounds: 2}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(experiments.yaml())).hasMessageContaining(
                "blobs.yaml:1: model.configuration is dense.json, whose output last is a DenseLayer; expected an output"
                        + " layer (OutputLayer, LossLayer), whose loss is the run's");
    }
}
