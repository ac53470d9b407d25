package dev.expolu.experiment;

import dev.expolu.run.TrainerSpec;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.trainer.TrainerEngine;
import dev.expolu.training.TrainingEngine;
import java.util.Optional;
import java.util.Set;

/**
 * {@code model.kind: trainer}: a class of the project's own implementing {@code dev.expolu.api.Trainer},
 * found on the project's test class path, given the run's seed and {@code model.parameters}.
 */
public final class TrainerKind implements ModelKind {

    @Override
    public String name() {
        return TrainerSpec.KIND;
    }

    @Override
    public String description() {
        return "a class of the project's own";
    }

    @Override
    public Optional<Setup> read(VariantSource source) {
        return source.reader().trainers().setup(source.settings(), source.section("model").orElseThrow())
                .map(Setup.class::cast);
    }

    /** Its class, its rounds, and any of its parameters (a map the trainer reads). */
    @Override
    public Set<String> sweepable() {
        return Set.of("model.class", "training.rounds", "model.parameters.*");
    }

    @Override
    public Optional<TrainingEngine> engine(ProjectClasses classes) {
        return Optional.of(new TrainerEngine(classes));
    }
}
