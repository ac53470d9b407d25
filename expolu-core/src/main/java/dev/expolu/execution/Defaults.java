package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.lock.LockMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The default of each {@code expolu.*} setting, in one place. The plugin's
 * {@code @Parameter(defaultValue = ...)} must be a constant expression, so each default is kept as
 * the text a user would write ({@code -Dexpolu.threads=1}), and the Mojos name these constants; the
 * request builder ({@link TrainRequest#builder}), the command line ({@code dev.expolu.cli.Main}) and
 * expolu-assertj's {@code ExpoluSettings} read the typed values, parsed from the same text.
 */
public final class Defaults {

    /** {@code expolu.experimentsDirectory}, in the project's folder. */
    public static final String EXPERIMENTS_FOLDER = "src/experiments";

    /** The build's folder, which records and reports go in: Maven's {@code ${project.build.directory}}. */
    public static final String BUILD_FOLDER = "target";

    /** {@code expolu.recordsDirectory}, in the build's folder. */
    public static final String RECORDS_FOLDER = "expolu";

    /** {@code expolu.reportsDirectory}, in the build's folder. */
    public static final String REPORTS_FOLDER = "expolu-reports";

    /** {@code expolu.threads}: runs trained at once. */
    public static final String THREADS = "1";

    /** {@code expolu.progressSeconds}: the least seconds between two progress lines of a run. */
    public static final String PROGRESS_SECONDS = "10";

    /** {@code expolu.lock}. */
    public static final String LOCK = "verify";

    /** {@code expolu.cache}: whether runs already trained are taken from the run cache. */
    public static final String CACHE = "true";

    /** {@code expolu.fork}: whether the plugin trains in a forked JVM. */
    public static final String FORK = "true";

    /** {@code expolu.executor}. */
    public static final String EXECUTOR = ExecutorSettings.LOCAL_NAME;

    /** {@code expolu.haltOnFailure}: whether a missed claim fails the build rather than warns. */
    public static final String HALT_ON_FAILURE = "true";

    /** {@code expolu.skip}. */
    public static final String SKIP = "false";

    /** {@code expolu.spark.timeoutSeconds}. */
    public static final String SPARK_TIMEOUT_SECONDS = "60";

    /** {@code expolu.spark.gpuBatch}. */
    public static final String SPARK_GPU_BATCH = "64";

    private Defaults() {
    }

    /** {@code target/expolu}, relative to the project's folder. */
    public static Path recordsDirectory() {
        return Path.of(BUILD_FOLDER, RECORDS_FOLDER);
    }

    /** {@code target/expolu-reports}, relative to the project's folder. */
    public static Path reportsDirectory() {
        return Path.of(BUILD_FOLDER, REPORTS_FOLDER);
    }

    public static int threads() {
        return Integer.parseInt(THREADS);
    }

    public static Duration progressInterval() {
        return Duration.ofSeconds(Long.parseLong(PROGRESS_SECONDS));
    }

    public static LockMode lockMode() {
        return LockMode.fromId(LOCK);
    }

    public static boolean cache() {
        return Boolean.parseBoolean(CACHE);
    }

    /** The run cache where none is named: {@link RunCache#defaultDirectory()}, or none where {@link #CACHE} is false. */
    public static Optional<Path> cacheDirectory() {
        return cache() ? Optional.of(RunCache.defaultDirectory()) : Optional.empty();
    }

    public static ExecutorSettings executor() {
        return EXECUTOR.equals(ExecutorSettings.LOCAL_NAME) ? ExecutorSettings.LOCAL
                : new ExecutorSettings(EXECUTOR, Map.of());
    }

    public static Duration sparkTimeout() {
        return Duration.ofSeconds(Long.parseLong(SPARK_TIMEOUT_SECONDS));
    }

    public static int sparkGpuBatch() {
        return Integer.parseInt(SPARK_GPU_BATCH);
    }
}
