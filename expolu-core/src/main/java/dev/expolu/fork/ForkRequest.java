package dev.expolu.fork;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.expolu.execution.ExecutorSettings;
import dev.expolu.execution.TrainRequest;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Problem;
import dev.expolu.lock.LockMode;
import dev.expolu.record.AtomicFiles;
import dev.expolu.run.Engine;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the parent asks its fork to train, as the JSON file it writes for it: the experiment files
 * it validated, each with the SHA-256 it read, and where the records and the cache are. The fork
 * trains exactly those files and refuses where one is gone or changed since.
 *
 * @param experiments          the validated experiment files, in the parent's order
 * @param experimentsDirectory where they were found
 * @param recordsDirectory     where run records go
 * @param reportsDirectory     where reports go (written by the parent)
 * @param threads              runs trained at once
 * @param progressMillis       the least time between two progress lines of a run
 * @param cacheDirectory       the run cache; null to train every run
 * @param engine               the engine for every run ({@code expolu.engine}); null for each file's own
 * @param executor             where the runs train ({@code expolu.executor}); null for local threads
 * @param executorOptions      the executor's options, such as a Spark master; null for none
 * @param projectClassPath     the project's test class path (model.kind trainer); null or empty for the fork's own
 * @param debug                whether the fork sends its debug lines: the parent's log keeps them ({@code -X})
 */
public record ForkRequest(List<ExperimentFile> experiments, String experimentsDirectory, String recordsDirectory,
        String reportsDirectory, int threads, long progressMillis, String cacheDirectory, String engine,
        String executor, Map<String, String> executorOptions, List<String> projectClassPath, boolean debug) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * An experiment file as the parent validated it.
     *
     * @param path   its absolute path
     * @param sha256 the SHA-256 of its bytes then
     */
    public record ExperimentFile(String path, String sha256) {
    }

    public ForkRequest {
        experiments = List.copyOf(experiments);
    }

    /** The request to train {@code experiments} as {@code request} says; no debug lines. */
    public static ForkRequest of(List<Experiment> experiments, TrainRequest request) {
        return new ForkRequest(experiments.stream()
                .map(e -> new ExperimentFile(e.file().toAbsolutePath().toString(), e.sha256())).toList(),
                absolute(request.experimentsDirectory()), absolute(request.recordsDirectory()),
                absolute(request.reportsDirectory()), request.threads(), request.progressInterval().toMillis(),
                request.cacheDirectory().map(ForkRequest::absolute).orElse(null),
                request.engine().map(Engine::id).orElse(null), request.executor().name(),
                request.executor().options(), request.projectClassPath().stream().map(ForkRequest::absolute).toList(),
                false);
    }

    /** This request, with the fork sending its debug lines or not. */
    public ForkRequest withDebug(boolean value) {
        return new ForkRequest(experiments, experimentsDirectory, recordsDirectory, reportsDirectory, threads,
                progressMillis, cacheDirectory, engine, executor, executorOptions, projectClassPath, value);
    }

    /**
     * What the parent asks, in a line: "1 experiment file(s), 2 thread(s), cache DIR, engine each
     * file's own, executor local".
     */
    public String describe() {
        return experiments.size() + " experiment file(s), " + threads + " thread(s), cache "
                + (cacheDirectory == null ? "none" : cacheDirectory) + ", engine "
                + (engine == null ? "each file's own" : engine) + ", executor "
                + (executor == null ? ExecutorSettings.LOCAL_NAME : executor)
                + (debug ? ", debug lines" : "");
    }

    /** The training part of the parent's request. */
    public TrainRequest trainRequest() {
        return TrainRequest.builder(Path.of(experimentsDirectory)).recordsDirectory(Path.of(recordsDirectory))
                .reportsDirectory(Path.of(reportsDirectory)).threads(threads)
                .progressInterval(Duration.ofMillis(progressMillis)).lockMode(LockMode.OFF)
                .cacheDirectory(Optional.ofNullable(cacheDirectory).map(Path::of))
                .engine(Optional.ofNullable(engine).map(Engine::fromId))
                .executor(executor == null ? ExecutorSettings.LOCAL : new ExecutorSettings(executor,
                        executorOptions == null ? Map.of() : executorOptions))
                .projectClassPath(projectClassPath == null ? List.of() : projectClassPath.stream().map(Path::of).toList())
                .build();
    }

    /**
     * The experiments, loaded again from the files the parent validated.
     *
     * @throws ExperimentException naming each file that is gone, changed since, or broken
     */
    public List<Experiment> load() throws ExperimentException {
        ProjectClasses classes = trainRequest().projectClasses();
        List<Experiment> loaded = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ExperimentFile expected : experiments) {
            Path file = Path.of(expected.path());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new Problem(file, 1, "", "was validated by this build, but " + (e instanceof
                        NoSuchFileException ? "is gone" : "cannot be read now (" + e + ")") + "; nothing trained"));
                continue;
            }
            String now = Sha256.hex(bytes);
            if (!now.equals(expected.sha256())) {
                problems.add(new Problem(file, 1, "", "changed after this build validated it (SHA-256 "
                        + shortHash(expected.sha256()) + "... then, " + shortHash(now) + "... now); nothing trained:"
                        + " build again to train the file as it is"));
                continue;
            }
            try {
                loaded.add(ExperimentLoader.load(file, classes));
            } catch (ExperimentException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        return loaded;
    }


    private static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }

    /**
     * Writes the request to {@code file}, whole or not at all.
     *
     * @throws IOException naming the file
     */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, temporary -> JSON.writeValue(temporary.toFile(), this));
    }

    /** @throws IOException naming the file that cannot be read as a request */
    public static ForkRequest read(Path file) throws IOException {
        try {
            return JSON.readValue(file.toFile(), ForkRequest.class);
        } catch (IOException e) {
            throw new IOException("cannot read the fork's request " + file + ": " + e.getMessage(), e);
        }
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
