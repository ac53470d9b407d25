package dev.expolu.assertj;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.Defaults;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Experiment;
import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How {@link Expolu} trains from a test: the plugin's settings, read from the same system
 * properties with the same defaults (the core's {@link Defaults}). Relative paths resolve against
 * the working directory, which Surefire sets to the module's folder.
 *
 * <table>
 * <caption>The system properties read</caption>
 * <tr><td>{@code expolu.cache}</td><td>{@value Defaults#CACHE}</td><td>reuse runs already trained</td></tr>
 * <tr><td>{@code expolu.cacheDirectory}</td><td>{@code ~/.expolu/cache}</td><td>the run cache</td></tr>
 * <tr><td>{@code expolu.threads}</td><td>{@value Defaults#THREADS}</td><td>runs trained at once</td></tr>
 * <tr><td>{@code expolu.recordsDirectory}</td><td>{@code target/expolu}</td><td>run records</td></tr>
 * <tr><td>{@code expolu.reportsDirectory}</td><td>{@code target/expolu-reports}</td><td>the HTML report,
 * in a folder per experiment</td></tr>
 * <tr><td>{@code expolu.engine}</td><td>each file's own</td><td>an engine for every run</td></tr>
 * <tr><td>{@code expolu.progressSeconds}</td><td>{@value Defaults#PROGRESS_SECONDS}</td><td>least time
 * between progress lines</td></tr>
 * <tr><td>{@code expolu.debug}</td><td>{@code false}</td><td>the core's debug lines too (what is cached,
 * with its key; what trains where), as {@code mvn -X} shows them of the plugin</td></tr>
 * </table>
 *
 * <p>Locks are the plugin's: a test neither reads nor writes {@code *.lock.json}. Training runs in
 * the test's JVM (Surefire's fork), so {@code expolu.fork}, {@code expolu.argLine} and
 * {@code expolu.jvm} do not apply; the float32 vector kernels need {@code --add-modules
 * jdk.incubator.vector} in Surefire's {@code argLine}.
 *
 * @param recordsDirectory where run records go: {@code <experiment>/<variant>/seed-<seed>.json}
 * @param reportsDirectory where {@code <experiment>/index.html} goes
 * @param cacheDirectory   the run cache; empty to train every run
 * @param threads          runs trained at once; results do not depend on it
 * @param progressInterval the least time between two progress lines of a run
 * @param engine           an engine for every run, in place of each file's {@code training.engine}
 * @param log              where the core's lines go
 */
public record ExpoluSettings(Path recordsDirectory, Path reportsDirectory, Optional<Path> cacheDirectory,
        int threads, Duration progressInterval, Optional<Engine> engine, TrainingLog log) {

    public ExpoluSettings {
        Objects.requireNonNull(recordsDirectory, "recordsDirectory");
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(log, "log");
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + ", but expected at least 1");
        }
    }

    /** Lines to standard output and warnings to standard error, each marked {@code [expolu]}. */
    public static final TrainingLog CONSOLE = TrainingLog.of(line -> System.out.println("[expolu] " + line),
            line -> System.err.println("[expolu] WARNING " + line));

    /** As {@link #CONSOLE}, with the debug lines to standard output, marked {@code [expolu] DEBUG}. */
    public static final TrainingLog CONSOLE_DEBUG = TrainingLog.of(line -> System.out.println("[expolu] " + line),
            line -> System.err.println("[expolu] WARNING " + line), line -> System.out.println("[expolu] DEBUG " + line));

    /** The settings the JVM's system properties give, as the plugin reads them. */
    public static ExpoluSettings fromSystemProperties() {
        return from(System.getProperties());
    }

    /**
     * The settings {@code properties} give; defaults where a property is absent.
     *
     * @throws IllegalArgumentException naming the property, its value and what was expected
     */
    public static ExpoluSettings from(Properties properties) {
        boolean cache = bool(properties, "expolu.cache", Defaults.cache());
        Path cacheDirectory = Optional.ofNullable(text(properties, "expolu.cacheDirectory")).map(Path::of)
                .orElseGet(RunCache::defaultDirectory);
        Optional<Engine> engine = Optional.ofNullable(text(properties, "expolu.engine")).map(id -> {
            try {
                return Engine.fromId(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expolu." + e.getMessage(), e);
            }
        });
        return new ExpoluSettings(
                Optional.ofNullable(text(properties, "expolu.recordsDirectory")).map(Path::of)
                        .orElseGet(Defaults::recordsDirectory),
                Optional.ofNullable(text(properties, "expolu.reportsDirectory")).map(Path::of)
                        .orElseGet(Defaults::reportsDirectory),
                cache ? Optional.of(cacheDirectory) : Optional.empty(),
                whole(properties, "expolu.threads").orElseGet(Defaults::threads),
                whole(properties, "expolu.progressSeconds").map(Duration::ofSeconds)
                        .orElseGet(Defaults::progressInterval),
                engine, bool(properties, "expolu.debug", false) ? CONSOLE_DEBUG : CONSOLE);
    }

    /** These settings with records under {@code directory}. */
    public ExpoluSettings withRecordsDirectory(Path directory) {
        return new ExpoluSettings(directory, reportsDirectory, cacheDirectory, threads, progressInterval, engine, log);
    }

    /** These settings with reports under {@code directory}. */
    public ExpoluSettings withReportsDirectory(Path directory) {
        return new ExpoluSettings(recordsDirectory, directory, cacheDirectory, threads, progressInterval, engine, log);
    }

    /** These settings with the run cache in {@code directory}, or none where empty. */
    public ExpoluSettings withCacheDirectory(Optional<Path> directory) {
        return new ExpoluSettings(recordsDirectory, reportsDirectory, directory, threads, progressInterval, engine, log);
    }

    /** These settings with {@code count} runs trained at once. */
    public ExpoluSettings withThreads(int count) {
        return new ExpoluSettings(recordsDirectory, reportsDirectory, cacheDirectory, count, progressInterval, engine,
                log);
    }

    /** These settings with the core's lines going to {@code other}. */
    public ExpoluSettings withLog(TrainingLog other) {
        return new ExpoluSettings(recordsDirectory, reportsDirectory, cacheDirectory, threads, progressInterval,
                engine, other);
    }

    /** The core's request for {@code experiment}: no locks, its report in a folder of its own. */
    TrainRequest request(Experiment experiment) {
        Path folder = experiment.file().toAbsolutePath().getParent();
        return TrainRequest.builder(folder).recordsDirectory(recordsDirectory)
                .reportsDirectory(reportsDirectory.resolve(experiment.name())).threads(threads)
                .progressInterval(progressInterval).lockMode(LockMode.OFF).cacheDirectory(cacheDirectory)
                .engine(engine).build();
    }

    private static String text(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean bool(Properties properties, String key, boolean fallback) {
        String value = text(properties, key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " is '" + value + "', but expected true or false");
        };
    }

    private static Optional<Integer> whole(Properties properties, String key) {
        String value = text(properties, key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(key + " is '" + value + "', but expected a whole number of at least 1");
    }
}
