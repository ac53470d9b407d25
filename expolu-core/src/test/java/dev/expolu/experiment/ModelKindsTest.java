package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.trainer.TrainerEngine;
import dev.expolu.training.TrainingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds of model are found by name with ServiceLoader: expolu's three, and one a project's class path adds. */
class ModelKindsTest {

    /** A kind a project adds: {@code model: {kind: line, rate: R}}, the tests' line trainer at that rate. */
    public static class Line implements ModelKind {
        @Override
        public String name() {
            return "line";
        }

        @Override
        public String description() {
            return "a line fitted to five points";
        }

        @Override
        public Optional<Setup> read(VariantSource source) {
            Mapping model = source.section("model").orElseThrow();
            YamlNode rate = model.entries().get("rate").value();
            double value = Double.parseDouble(((YamlNode.Scalar) rate).text());
            if (value <= 0) {
                source.problem(rate.line(), "model.rate", "is " + value + ", but expected more than 0");
                return Optional.empty();
            }
            Map<String, Boolean> curves = new LinkedHashMap<>();
            curves.put("loss", false);
            curves.put("within", true);
            return Optional.of(new TrainerSetup("dev.expolu.trainer.LineTrainer", Map.of("learningRate",
                    String.valueOf(value)), 20, curves));
        }

        @Override
        public java.util.Set<String> sweepable() {
            return java.util.Set.of("model.rate");
        }

        @Override
        public Optional<TrainingEngine> engine(ProjectClasses classes) {
            return Optional.of(new TrainerEngine(classes));
        }
    }

    /** A kind whose reading throws, as a project's may. */
    public static class Broken extends Line {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Optional<Setup> read(VariantSource source) {
            throw new IllegalStateException("no rate here");
        }
    }

    /** A second kind named as one of expolu's. */
    public static class AnotherTrainer extends Line {
        @Override
        public String name() {
            return "trainer";
        }
    }

    @TempDir
    Path dir;

    private ProjectClasses classPathListing(String... kinds) throws Exception {
        Path services = Files.createDirectories(dir.resolve("classes/META-INF/services"));
        Files.writeString(services.resolve(ModelKind.class.getName()), String.join("\n", kinds) + "\n");
        return ProjectClasses.of(List.of(dir.resolve("classes")));
    }

    private Path file(String model) throws Exception {
        return Files.writeString(dir.resolve("line.yaml"), """
                model: %s
                seeds: [1, 2]
                expect:
                  - final: {metric: within, atLeast: 0.8}
                """.formatted(model));
    }

    @Test
    void expolusOwnKindsAreFoundByNameAndAnUnknownOneIsRefusedNamingThem() throws Exception {
        ModelKinds kinds = ModelKinds.of(ProjectClasses.ofThisJvm());
        assertThat(kinds.named("network")).get().isInstanceOf(NetworkKind.class);
        assertThat(kinds.named("trainer")).get().isInstanceOf(TrainerKind.class);
        assertThat(kinds.named("dl4j")).get().isInstanceOf(Dl4jKind.class);

        assertThatThrownBy(() -> ExperimentLoader.load(file("{kind: line, rate: 0.05}")))
                .isInstanceOf(ExperimentException.class)
                .hasMessageContaining("line.yaml:1: model.kind is line, but expected network (the seed's network,"
                        + " the default), dl4j (a DL4J configuration) or trainer (a class of the project's own)");
    }

    @Test
    void aKindOnTheProjectsClassPathReadsItsVariantsAndTheirClaimsAreCheckedAgainstItsCurves() throws Exception {
        ProjectClasses classes = classPathListing(Line.class.getName());

        Experiment experiment = ExperimentLoader.load(file("{kind: line, rate: 0.05}"), classes);

        Variant variant = experiment.variants().get(0);
        assertThat(variant.setup()).isEqualTo(new TrainerSetup("dev.expolu.trainer.LineTrainer",
                Map.of("learningRate", "0.05"), 20, Map.of("loss", false, "within", true)));
        assertThat(variant.seeds()).containsExactly(1L, 2L);
        assertThat(variant.setup().spec(2).kind()).isEqualTo("trainer");
        assertThat(ModelKinds.of(classes).described()).endsWith("dl4j (a DL4J configuration),"
                + " line (a line fitted to five points) or trainer (a class of the project's own)");
    }

    @Test
    void aKindsOwnProblemNamesItsLineAndAClaimOnACurveItDoesNotReportIsRefused() throws Exception {
        ProjectClasses classes = classPathListing(Line.class.getName());

        assertThatThrownBy(() -> ExperimentLoader.load(file("{kind: line, rate: -1}"), classes))
                .hasMessageContaining("line.yaml:1: model.rate is -1.0, but expected more than 0");
        Files.writeString(dir.resolve("line.yaml"), """
                model: {kind: line, rate: 0.05}
                expect:
                  - final: {metric: accuracy, atLeast: 0.8}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(dir.resolve("line.yaml"), classes))
                .hasMessageContaining("line.yaml:3:").hasMessageContaining("accuracy");
    }

    @Test
    void twoKindsOfOneNameAreRefused() throws Exception {
        ProjectClasses classes = classPathListing(AnotherTrainer.class.getName());

        assertThatThrownBy(() -> ModelKinds.of(classes)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Two kinds of model are named trainer: dev.expolu.experiment.TrainerKind and "
                        + AnotherTrainer.class.getName());
    }

    @Test
    void aKindsSweepVariesTheSettingsItDeclaresAndRefusesOthersNamingThem() throws Exception {
        ProjectClasses classes = classPathListing(Line.class.getName());
        Files.writeString(dir.resolve("line.yaml"), """
                model: {kind: line, rate: 0.05}
                sweep:
                  model.rate: [0.02, 0.05]
                """);

        Experiment experiment = ExperimentLoader.load(dir.resolve("line.yaml"), classes);

        assertThat(experiment.variants()).extracting(v -> ((TrainerSetup) v.setup()).parameters().get("learningRate"))
                .containsExactly("0.02", "0.05");
        Files.writeString(dir.resolve("line.yaml"), """
                model: {kind: line, rate: 0.05}
                sweep:
                  model.rates: [0.02, 0.05]
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(dir.resolve("line.yaml"), classes))
                .hasMessageContaining("line.yaml:3: sweep.model.rates is not a setting a sweep can vary of model.kind"
                        + " line; did you mean `model.rate`? expected one of [model.rate]");
    }

    @Test
    void aKindWhoseReadingThrowsIsTheFilesProblemAtItsLineNotACrash() throws Exception {
        ProjectClasses classes = classPathListing(Broken.class.getName());

        assertThatThrownBy(() -> ExperimentLoader.load(file("{kind: broken, rate: 0.05}"), classes))
                .isInstanceOf(ExperimentException.class)
                .hasMessageContaining("line.yaml:1: model.kind is broken, but " + Broken.class.getName()
                        + " could not read the variant: java.lang.IllegalStateException: no rate here");
    }
}
