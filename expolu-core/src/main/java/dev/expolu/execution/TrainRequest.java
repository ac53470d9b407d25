package dev.expolu.execution;

import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import dev.expolu.trainer.ProjectClasses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to train: the plugin's parameters, without Maven. Made with {@link #builder(Path)}.
 *
 * @param experimentsDirectory where {@code *.yaml} and {@code *.yml} are found, recursively
 * @param includes             names or globs of experiments (their name or file name); empty for all
 * @param recordsDirectory     where run records go ({@code target/expolu})
 * @param reportsDirectory     where reports go ({@code target/expolu-reports})
 * @param threads              runs trained at once by the CPU engines
 * @param progressInterval     the least time between two progress lines of a run
 * @param lockMode             how lock files are used
 * @param cacheDirectory       the run cache; empty to train every run
 * @param engine               an engine for every run, in place of each file's {@code training.engine}
 * @param executor             where the runs the cache does not hold train: {@code local} threads, or
 *                             a cluster ({@code expolu.executor})
 * @param projectClassPath     the project's test class path, where {@code model.kind: trainer} finds its
 *                             class; empty for this JVM's own class path
 */
public record TrainRequest(Path experimentsDirectory, List<String> includes, Path recordsDirectory,
        Path reportsDirectory, int threads, Duration progressInterval, LockMode lockMode,
        Optional<Path> cacheDirectory, Optional<Engine> engine, ExecutorSettings executor,
        List<Path> projectClassPath) {

    public TrainRequest {
        Objects.requireNonNull(experimentsDirectory, "experimentsDirectory");
        Objects.requireNonNull(executor, "executor");
        includes = List.copyOf(includes);
        projectClassPath = List.copyOf(projectClassPath);
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + ", but expected at least 1");
        }
    }

    /** This request with {@code count} runs trained at once, as the memory plan decides. */
    public TrainRequest withThreads(int count) {
        return new TrainRequest(experimentsDirectory, includes, recordsDirectory, reportsDirectory, count,
                progressInterval, lockMode, cacheDirectory, engine, executor, projectClassPath);
    }

    /** The project's classes, one loader a class path in this JVM. */
    public ProjectClasses projectClasses() {
        return projectClassPath.isEmpty() ? ProjectClasses.ofThisJvm() : ProjectClasses.of(projectClassPath);
    }

    /** Without locks and cache: every run trained, nothing pinned. */
    public TrainRequest(Path experimentsDirectory, List<String> includes, Path recordsDirectory,
            Path reportsDirectory, int threads, Duration progressInterval) {
        this(experimentsDirectory, includes, recordsDirectory, reportsDirectory, threads, progressInterval,
                LockMode.OFF, Optional.empty(), Optional.empty(), ExecutorSettings.LOCAL, List.of());
    }

    /**
     * A request for the experiments under {@code experimentsDirectory}; by default the settings'
     * {@link Defaults}: every experiment, records and reports in {@code target/} relative to the working
     * directory, {@value Defaults#THREADS} thread(s), progress every {@value Defaults#PROGRESS_SECONDS} s,
     * locks {@value Defaults#LOCK}, each file's own engine, on {@value Defaults#EXECUTOR} threads; but
     * no run cache, which a request built in code has only where it is given one (the settings' default,
     * {@link Defaults#cacheDirectory()}, is the user's home), so that a test never reads another build's
     * runs.
     */
    public static Builder builder(Path experimentsDirectory) {
        return new Builder(experimentsDirectory);
    }

    /** Fills a {@link TrainRequest}; each setter returns the builder. */
    public static final class Builder {

        private final Path experimentsDirectory;
        private List<String> includes = List.of();
        private Path recordsDirectory = Defaults.recordsDirectory();
        private Path reportsDirectory = Defaults.reportsDirectory();
        private int threads = Defaults.threads();
        private Duration progressInterval = Defaults.progressInterval();
        private LockMode lockMode = Defaults.lockMode();
        private Optional<Path> cacheDirectory = Optional.empty();
        private Optional<Engine> engine = Optional.empty();
        private ExecutorSettings executor = Defaults.executor();
        private List<Path> projectClassPath = List.of();

        private Builder(Path experimentsDirectory) {
            this.experimentsDirectory = experimentsDirectory;
        }

        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        public Builder recordsDirectory(Path value) {
            recordsDirectory = value;
            return this;
        }

        public Builder reportsDirectory(Path value) {
            reportsDirectory = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder progressInterval(Duration value) {
            progressInterval = value;
            return this;
        }

        public Builder lockMode(LockMode value) {
            lockMode = value;
            return this;
        }

        public Builder cacheDirectory(Optional<Path> value) {
            cacheDirectory = value;
            return this;
        }

        public Builder engine(Optional<Engine> value) {
            engine = value;
            return this;
        }

        public Builder executor(ExecutorSettings value) {
            executor = value;
            return this;
        }

        public Builder projectClassPath(List<Path> value) {
            projectClassPath = value;
            return this;
        }

        public TrainRequest build() {
            return new TrainRequest(experimentsDirectory, includes, recordsDirectory, reportsDirectory, threads,
                    progressInterval, lockMode, cacheDirectory, engine, executor, projectClassPath);
        }
    }
}
