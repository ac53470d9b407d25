package dev.expolu.execution;

import java.util.function.Consumer;

/**
 * Where the core's lines go: Maven's log in the plugin, at its debug, info and warning levels. Debug
 * lines ({@code mvn -X}) say what the build decided and why: the forked JVM's command line and each
 * line of its protocol, whether each run is taken from the run cache (with its key) or trained, and
 * where, and what the executor is given.
 */
public interface TrainingLog {

    /** Drops every line. */
    TrainingLog NONE = of(line -> { }, line -> { });

    /** Progress, results, what was done. */
    void info(String line);

    /** Something a user should act on that does not fail the build by itself. */
    void warn(String line);

    /** A detail for whoever debugs the build; dropped unless {@link #debugEnabled()}. */
    default void debug(String line) {
    }

    /**
     * Whether {@link #debug} lines go anywhere: a forked JVM sends them to its parent only where they
     * do, and a caller may skip making a costly one.
     */
    default boolean debugEnabled() {
        return false;
    }

    /** A run ({@code experiment/variant/seed-N}) starts training; a cached run never starts. */
    default void runStarted(String run) {
    }

    /** A run finished: its record and its cache entry are written whole. */
    default void runFinished(String run) {
    }

    /** A run was taken from the cache, its record written whole; it never started. */
    default void runCached(String run) {
    }

    /** Info and warning lines to {@code info} and {@code warn}; debug lines dropped. */
    static TrainingLog of(Consumer<String> info, Consumer<String> warn) {
        return of(info, warn, null);
    }

    /** As {@link #of(Consumer, Consumer)}, with debug lines to {@code debug}; none, and debug off, where it is null. */
    static TrainingLog of(Consumer<String> info, Consumer<String> warn, Consumer<String> debug) {
        return new TrainingLog() {
            @Override
            public void info(String line) {
                info.accept(line);
            }

            @Override
            public void warn(String line) {
                warn.accept(line);
            }

            @Override
            public void debug(String line) {
                if (debug != null) {
                    debug.accept(line);
                }
            }

            @Override
            public boolean debugEnabled() {
                return debug != null;
            }
        };
    }
}
