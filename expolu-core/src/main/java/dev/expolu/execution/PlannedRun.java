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
 * @param arithmetic the engine's arithmetic for the run's dtype; its device may be known only where
 *                   the run trains ({@link Arithmetic#deviceWhereTrained()}), and so its cache key
 */
public record PlannedRun(int index, Run run, TrainingEngine engine, Arithmetic arithmetic) {

    /** "experiment/variant/seed-N". */
    public String id() {
        return run.id();
    }

    /**
     * Its key in the run cache.
     *
     * @throws IllegalStateException where its device is known only where it trains: the key of what
     *                               came back is that of {@link #trainedUnder(Arithmetic)}
     */
    public String cacheKey() {
        if (arithmetic.deviceWhereTrained()) {
            throw new IllegalStateException(id() + " has no cache key before it trains: its device is known only"
                    + " where it trains");
        }
        return RunCache.key(run.spec(), arithmetic);
    }

    /**
     * The run as it was trained under {@code actual}, which its arithmetic admits.
     *
     * @throws IllegalStateException where it does not, naming both
     */
    public PlannedRun trainedUnder(Arithmetic actual) {
        if (!arithmetic.admits(actual)) {
            throw new IllegalStateException(id() + " was trained under " + actual.key() + ", but expected "
                    + arithmetic.key() + ", the arithmetic its cache key and lock were planned with");
        }
        return new PlannedRun(index, run, engine, actual);
    }
}
