package dev.expolu.training;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;

/**
 * What trains runs for a {@code training.engine}: {@link RunTrainer} one run at a time (the CPU
 * engines), {@link BatchTrainer} many runs at once (the GPU).
 */
public interface TrainingEngine {

    /** {@code fused}, {@code dl4j} or {@code cuda}. */
    String id();

    /**
     * What decides this engine's arithmetic here for runs of {@code precision}: part of every lock
     * and cache key.
     */
    Arithmetic arithmetic(Precision precision);
}
