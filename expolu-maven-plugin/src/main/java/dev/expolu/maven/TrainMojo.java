package dev.expolu.maven;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.lock.LockMode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Trains the project's experiments and fails the build when a seeded run misses its expectation.
 *
 * <p>Training runs in Maven's JVM: the default engine is plain Java, one thread per run, with no
 * native code, so {@code expolu.threads} alone decides how many cores it takes.
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TrainMojo extends AbstractMojo {

    /** Where experiment files ({@code *.yaml}, {@code *.yml}) are found, recursively. */
    @Parameter(property = "expolu.experimentsDirectory", defaultValue = "${project.basedir}/src/experiments")
    File experimentsDirectory;

    /** Experiments to run, by name or file name; comma-separated, with * and ? globs. All if empty. */
    @Parameter(property = "expolu.include")
    String include;

    /** Skips training altogether. */
    @Parameter(property = "expolu.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when an expectation is missed; with false, the misses are a warning. */
    @Parameter(property = "expolu.haltOnFailure", defaultValue = "true")
    boolean haltOnFailure;

    /** Where the Surefire-format reports go. */
    @Parameter(property = "expolu.reportsDirectory", defaultValue = "${project.build.directory}/expolu-reports")
    File reportsDirectory;

    /** Where run records go: {@code <experiment>/<variant>/seed-<seed>.json}. */
    @Parameter(property = "expolu.recordsDirectory", defaultValue = "${project.build.directory}/expolu")
    File recordsDirectory;

    /** How many runs train at once. Results do not depend on it. */
    @Parameter(property = "expolu.threads", defaultValue = "1")
    int threads;

    /** The least seconds between two progress lines of a run. */
    @Parameter(property = "expolu.progressSeconds", defaultValue = "10")
    int progressSeconds;

    /**
     * Lock files beside the experiment files: {@code verify} holds curves to them bit for bit (and
     * writes a missing one), {@code update} rewrites them, {@code off} ignores them.
     */
    @Parameter(property = "expolu.lock", defaultValue = "verify")
    String lock;

    /** Reuses the results of runs already trained with the same settings, seed and build. */
    @Parameter(property = "expolu.cache", defaultValue = "true")
    boolean cache;

    /** The run cache; {@code ~/.expolu/cache} if not set. */
    @Parameter(property = "expolu.cacheDirectory")
    File cacheDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping expolu:train (expolu.skip)");
            return;
        }
        if (!Files.isDirectory(experimentsDirectory.toPath())) {
            getLog().info("No experiments directory at " + experimentsDirectory + "; nothing to train");
            return;
        }
        TrainResult result = train(request());
        if (!result.passed()) {
            String message = result.failureMessage();
            if (haltOnFailure) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message);
        }
    }

    private TrainResult train(TrainRequest request) throws MojoExecutionException {
        try {
            return Training.run(request, getLog()::info);
        } catch (ExperimentException e) {
            throw new MojoExecutionException("Invalid experiment file(s), nothing trained:" + System.lineSeparator()
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Training interrupted; the records of finished runs are kept", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write records or reports: " + e.getMessage(), e);
        }
    }

    TrainRequest request() throws MojoExecutionException {
        if (threads < 1) {
            throw new MojoExecutionException("expolu.threads is " + threads + ", but expected at least 1");
        }
        List<String> includes = include == null || include.isBlank() ? List.of()
                : Arrays.stream(include.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        LockMode lockMode;
        try {
            lockMode = LockMode.fromId(lock == null ? "verify" : lock);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Optional<Path> cachePath = !cache ? Optional.empty()
                : Optional.of(cacheDirectory != null ? cacheDirectory.toPath() : RunCache.defaultDirectory());
        return new TrainRequest(experimentsDirectory.toPath(), includes, recordsDirectory.toPath(),
                reportsDirectory.toPath(), threads, Duration.ofSeconds(Math.max(1, progressSeconds)), lockMode,
                cachePath);
    }
}
