package dev.expolu.execution;

import dev.expolu.lock.LockMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What to train: the plugin's parameters, without Maven.
 *
 * @param experimentsDirectory where {@code *.yaml} and {@code *.yml} are found, recursively
 * @param includes             names or globs of experiments (their name or file name); empty for all
 * @param recordsDirectory     where run records go ({@code target/expolu})
 * @param reportsDirectory     where reports go ({@code target/expolu-reports})
 * @param threads              runs trained at once
 * @param progressInterval     the least time between two progress lines of a run
 * @param lockMode             how lock files are used
 * @param cacheDirectory       the run cache; empty to train every run
 */
public record TrainRequest(Path experimentsDirectory, List<String> includes, Path recordsDirectory,
        Path reportsDirectory, int threads, Duration progressInterval, LockMode lockMode,
        Optional<Path> cacheDirectory) {

    public TrainRequest {
        includes = List.copyOf(includes);
    }

    /** Without locks and cache: every run trained, nothing pinned. */
    public TrainRequest(Path experimentsDirectory, List<String> includes, Path recordsDirectory,
            Path reportsDirectory, int threads, Duration progressInterval) {
        this(experimentsDirectory, includes, recordsDirectory, reportsDirectory, threads, progressInterval,
                LockMode.OFF, Optional.empty());
    }
}
