package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Run;
import dev.expolu.run.Arithmetic;
import dev.expolu.training.TrainingEngine;

/**
 * A run a session will train, planned before anything trains: where it stands in the session, the
 * engine its {@code training.engine} resolved to here, and that engine's arithmetic (what its cache
 * key and its record's provenance are made of).
 *
 * @param index      its position in the session's runs
 * @param run        the run
 * @param engine     the engine that trains it in this JVM ({@link LocalExecutor}); an executor that
 *                   trains elsewhere trains the same engine there
 * @param arithmetic the engine's arithmetic for the run's dtype
 */
public record PlannedRun(int index, Run run, TrainingEngine engine, Arithmetic arithmetic) {

    /** "experiment/variant/seed-N". */
    public String id() {
        return run.id();
    }

    /** Its key in the run cache. */
    public String cacheKey() {
        return RunCache.key(run.spec(), arithmetic);
    }
}
