package dev.expolu.experiment;

import dev.expolu.dl4j.Dl4jFitEngine;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.TrainingEngine;
import java.util.Optional;
import java.util.Set;

/**
 * {@code model.kind: dl4j}: a DL4J network configuration, from a JSON file beside the experiment or a
 * factory method on the project's test class path, trained by DL4J's own {@code fit} on the data the
 * file names.
 */
public final class Dl4jKind implements ModelKind {

    @Override
    public String name() {
        return Dl4jSpec.KIND;
    }

    @Override
    public String description() {
        return "a DL4J configuration";
    }

    @Override
    public Optional<Setup> read(VariantSource source) {
        return new Dl4jReader(source.binder(), source.classes()).setup(source.settings(),
                source.section("model").orElseThrow()).map(Setup.class::cast);
    }

    /** Its files, the data's settings, its epochs and batch size, and a factory's parameters. */
    @Override
    public Set<String> sweepable() {
        return Set.of("model.configuration", "data.csv", "data.label", "data.validation", "data.standardize",
                "training.rounds", "training.batchSize", "model.parameters.*");
    }

    @Override
    public Optional<TrainingEngine> engine(ProjectClasses classes) {
        return Optional.of(new Dl4jFitEngine(classes));
    }
}
