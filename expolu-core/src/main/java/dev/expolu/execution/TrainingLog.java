package dev.expolu.execution;

import java.util.function.Consumer;

/** Where the core's lines go: Maven's log in the plugin, at its info and warning levels. */
public interface TrainingLog {

    /** Drops every line. */
    TrainingLog NONE = of(line -> { }, line -> { });

    /** Progress, results, what was done. */
    void info(String line);

    /** Something a user should act on that does not fail the build by itself. */
    void warn(String line);

    /** A run ({@code experiment/variant/seed-N}) starts training; a cached run never starts. */
    default void runStarted(String run) {
    }

    /** A run finished: its record and its cache entry are written whole. */
    default void runFinished(String run) {
    }

    /** A run was taken from the cache, its record written whole; it never started. */
    default void runCached(String run) {
    }

    static TrainingLog of(Consumer<String> info, Consumer<String> warn) {
        return new TrainingLog() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warn(String line) {
                warn.accept(line);
            }
        };
    }
}
