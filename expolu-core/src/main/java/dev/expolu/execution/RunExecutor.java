package dev.expolu.execution;

import dev.expolu.run.Engine;
import dev.expolu.training.TrainingEngine;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where a session's runs that the run cache does not hold are trained: {@link LocalExecutor} on
 * this JVM's threads (the default), or another, such as a Spark cluster, found by
 * {@link RunExecutors} through a {@link RunExecutorFactory}. Whichever trains them, the session
 * makes each run's record, cache entry and "done" line from what it hands the {@link RunSink}, so
 * records, locks and reports do not depend on the executor.
 */
public interface RunExecutor extends AutoCloseable {

    /** How it trains, for the log: "on 2 thread(s)", "on Spark at spark://host:7077". */
    String describe();

    /**
     * Trains every run of {@code runs} and hands each to {@code sink} exactly once, as it finishes.
     * When one fails, or the caller is interrupted, the others stop; what the sink was handed stays.
     *
     * @throws IOException          naming a record that cannot be written, or init files that cannot
     *                              be read
     * @throws ExecutorException    where a run failed for its own reason, naming it, or the executor
     *                              itself failed (a cluster that cannot be reached)
     * @throws InterruptedException when the caller is interrupted
     */
    void train(List<PlannedRun> runs, RunSink sink) throws IOException, InterruptedException;

    /**
     * The engine that trains runs declaring {@code declared}, where this executor decides it rather
     * than this JVM: a cluster whose machines have a GPU this one may lack. Its arithmetic's device
     * may be known only where a run trains ({@link dev.expolu.run.Arithmetic#WHERE_TRAINED}). Empty,
     * the default: the engine this JVM resolves.
     */
    default Optional<TrainingEngine> engine(Engine declared) {
        return Optional.empty();
    }

    /**
     * Why this executor cannot train runs declaring {@code declared}, as the rest of a problem with
     * {@code training.engine} ("is dl4j, but ..."); empty, the default, where it can. Asked before
     * anything trains or is taken from the cache, so a refusal does not depend on what is cached.
     */
    default Optional<String> refuses(Engine declared) {
        return Optional.empty();
    }

    /**
     * Whether it trains runs of a project's own code ({@code model.kind: trainer}): the project's
     * classes must reach where it trains. False, the default, where they cannot yet.
     */
    default boolean trainsProjectCode() {
        return false;
    }

    /**
     * Whether it trains runs of the kind of model {@code kind} names (other than the seed's network):
     * by default those of every kind where it trains the project's code.
     */
    default boolean trainsKind(String kind) {
        return trainsProjectCode();
    }

    /** Releases what it holds (threads, a cluster's application). */
    @Override
    default void close() {
    }
}
