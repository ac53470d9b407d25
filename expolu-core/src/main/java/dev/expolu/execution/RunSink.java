package dev.expolu.execution;

import dev.expolu.record.Provenance;
import dev.expolu.training.LossCurve;
import java.io.IOException;

/**
 * Where a {@link RunExecutor} hands what it trained: the session writes each finished run's record
 * and cache entry at once and says "done", the same way whichever executor trained it. Safe to call
 * from any thread.
 */
public interface RunSink {

    /** The run started training (a cached run never starts). */
    void started(PlannedRun run);

    /**
     * The run finished: its record and its cache entry are written before this returns.
     *
     * @param curve      the loss of every round
     * @param seconds    the training's wall time
     * @param provenance where and how it was trained; its arithmetic must be the run's, or one the
     *                   run's admits ({@link dev.expolu.run.Arithmetic#admits}): the device of a cluster's
     *                   executor
     * @throws IOException           naming a record that cannot be written
     * @throws IllegalStateException where the run was already finished, or trained under an
     *                               arithmetic the planned one does not admit
     */
    void finished(PlannedRun run, LossCurve curve, double seconds, Provenance provenance) throws IOException;
}
