package dev.expolu.experiment;

import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.TrainingEngine;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of model an experiment file names in {@code model.kind}: the seed's network
 * ({@code network}, the default), a project's own training code ({@code trainer}) or a DL4J
 * configuration ({@code dl4j}). Each reads its variants' settings into a {@link Setup}, whose
 * {@link Setup#spec run description} feeds the cache, the record and the lock alike, and names the
 * engine that trains its runs.
 *
 * <p>Kinds are found by name with {@link java.util.ServiceLoader}, as executors are: a jar lists its
 * kinds in {@code META-INF/services/dev.expolu.experiment.ModelKind} ({@link ModelKinds}).
 */
public interface ModelKind {

    /** The name {@code model.kind} gives it. */
    String name();

    /** What it is, in a few words, for the message that lists the kinds: "a DL4J configuration". */
    String description();

    /**
     * One variant's setup, read from its settings (the file's, with the variant's and a sweep cell's
     * values laid over them); empty where a problem was recorded with {@link VariantSource#problem}.
     */
    Optional<Setup> read(VariantSource source);

    /**
     * The settings of this kind a sweep may vary, as the file names them ({@code model.width}); one
     * ending in {@code .*} lets a sweep vary any name under it ({@code model.parameters.*}: a map the
     * kind's code reads). None by default: a sweep of such a kind is refused, naming its axis.
     */
    default Set<String> sweepable() {
        return Set.of();
    }

    /**
     * The engine that trains this kind's runs in this JVM, loading the project's classes from
     * {@code classes}; empty where each run's {@code training.engine} decides (the seed's network).
     */
    Optional<TrainingEngine> engine(ProjectClasses classes);
}
