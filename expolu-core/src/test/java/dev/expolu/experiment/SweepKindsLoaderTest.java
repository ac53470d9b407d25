package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.TrainerSpec;
import dev.expolu.trainer.LineTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweep axes over the settings of a project's own model: a trainer's {@code model.parameters} and
 * rounds, a dl4j factory's parameters and the data and training settings, varied as a variant would;
 * a setting the kind does not have is refused with its line.
 */
class SweepKindsLoaderTest {

    @TempDir
    Path dir;

    private static final String TRAINER = """
            model:
              kind: trainer
              class: %s
              parameters: {points: 5}
            training: {rounds: 4}
            seeds: [1, 2]
            sweep:
              %s
            """;

    @Test
    void aTrainersParameterIsAnAxisEachCellsRunsGetItsValueAsWrittenTheOtherParametersKept() throws Exception {
        Experiment e = ExperimentLoader.load(write(TRAINER.formatted(LineTrainer.class.getName(),
                "model.parameters.learningRate: [0.01, 0.050]\n  training.rounds: [3, 4]")));

        assertThat(e.sweep().orElseThrow().cells()).extracting(c -> c.name()).containsExactly(
                "learningRate-0.01_rounds-3", "learningRate-0.01_rounds-4", "learningRate-0.050_rounds-3",
                "learningRate-0.050_rounds-4");
        List<TrainerSpec> specs = e.runs().stream().map(r -> (TrainerSpec) r.spec()).toList();
        assertThat(specs).hasSize(8);
        assertThat(specs.get(0).parameters()).containsExactly(java.util.Map.entry("points", "5"),
                java.util.Map.entry("learningRate", "0.01"));
        assertThat(specs.get(6).parameters()).containsEntry("learningRate", "0.050");
        assertThat(specs.get(6).rounds()).isEqualTo(4);
        assertThat(specs.stream().map(TrainerSpec::canonical).distinct()).hasSize(8);
    }

    @Test
    void aVariantThatSetsTheSweptParameterIsRefusedWithItsLine() throws Exception {
        Path file = write(TRAINER.formatted(LineTrainer.class.getName(), "model.parameters.learningRate: [0.01, 0.05]")
                + "variants:\n  a: {model: {parameters: {learningRate: 0.1}}}\n  b: {}\n");

        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining(file
                + ":10: variants.a.model.parameters.learningRate is set, but the sweep's axis"
                + " model.parameters.learningRate (line 8) sets it in every cell");
    }

    @Test
    void aSettingTheKindDoesNotHaveIsRefusedWithItsLineAndTheOneItLikelyMeans() throws Exception {
        Path rate = write(TRAINER.formatted(LineTrainer.class.getName(), "training.learningRate: [0.01, 0.05]"));
        assertThatThrownBy(() -> ExperimentLoader.load(rate)).hasMessageContaining(rate + ":8: sweep.training"
                + ".learningRate is not a setting a sweep can vary of model.kind trainer; did you mean"
                + " `model.parameters.learningRate`? expected one of [model.class, model.parameters.NAME,"
                + " training.rounds]");

        Path rounds = write(TRAINER.formatted(LineTrainer.class.getName(), "training.round: [3, 4]"));
        assertThatThrownBy(() -> ExperimentLoader.load(rounds)).hasMessageContaining(rounds + ":8: sweep.training"
                + ".round is not a setting a sweep can vary of model.kind trainer; did you mean `training.rounds`?");

        Path width = write(TRAINER.formatted(LineTrainer.class.getName(), "model.parameters.: [3, 4]"));
        assertThatThrownBy(() -> ExperimentLoader.load(width)).hasMessageContaining(width + ":8: sweep.model"
                + ".parameters. is not a setting a sweep can vary of model.kind trainer");
    }

    @Test
    void aDl4jFactorysParametersAndTrainingSettingsAreAxes() throws Exception {
        blobs();
        Experiment e = ExperimentLoader.load(write("""
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#mlp, parameters: {layers: 2}}
                data: {csv: blobs.csv, label: label}
                training: {rounds: 2}
                seeds: [1]
                sweep:
                  model.parameters.width: [4, 8]
                  training.batchSize: [8, 16]
                  data.standardize: [true, false]
                """));

        List<Dl4jSpec> specs = e.runs().stream().map(r -> (Dl4jSpec) r.spec()).toList();
        assertThat(specs).hasSize(8);
        assertThat(specs.get(0).parameters()).containsEntry("layers", "2").containsEntry("width", "4");
        assertThat(specs.get(0).batchSize()).isEqualTo(8);
        assertThat(specs.get(7).batchSize()).isEqualTo(16);
        assertThat(((dev.expolu.run.Dl4jData.Table) specs.get(7).data()).standardize()).isFalse();
        assertThat(specs.get(0).configurationSha256()).as("another width, another configuration")
                .isNotEqualTo(specs.get(7).configurationSha256());
        assertThat(specs.stream().map(Dl4jSpec::canonical).distinct()).hasSize(8);

        Path width = write("""
                model: {kind: dl4j, factory: dev.expolu.dl4j.Nets#mlp}
                data: {csv: blobs.csv}
                training: {rounds: 2}
                sweep: {model.width: [4, 8]}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(width)).hasMessageContaining(width + ":4: sweep.model.width is"
                + " not a setting a sweep can vary of model.kind dl4j; did you mean `model.parameters.width`?");
    }

    private void blobs() throws IOException {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 40; i++) {
            int label = i % 2;
            csv.append(3 * label + random.nextGaussian()).append(',').append(random.nextGaussian()).append(',')
                    .append(label).append('\n');
        }
        Files.writeString(dir.resolve("blobs.csv"), csv);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("kinds.yaml"), text);
    }
}
