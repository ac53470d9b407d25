package dev.expolu.maven;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.EngineOverrideException;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.ExperimentException;
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
import org.apache.maven.plugins.annotations.Parameter;

/** What expolu's goals share: where experiments, records and reports are, skip, include. */
public abstract class AbstractExpoluMojo extends AbstractMojo {

    /**
     * Where experiment files ({@code *.yaml}, {@code *.yml}) are found, recursively. Only the default
     * may be absent (a module without experiments: nothing to do).
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.experimentsDirectory", defaultValue = "${project.basedir}/" + Defaults.EXPERIMENTS_FOLDER)
    File experimentsDirectory;

    /**
     * Experiments to run, by name or file name; comma-separated, with {@code *} and {@code ?} globs,
     * like Surefire's {@code -Dtest}. All if empty.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.include")
    String include;

    /**
     * Skips the goal altogether ({@code train} and {@code report}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.skip", defaultValue = Defaults.SKIP)
    boolean skip;

    /**
     * Where the reports go: {@code index.html}, and {@code TEST-expolu.<experiment>.xml} in Surefire's
     * format.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.reportsDirectory", defaultValue = "${project.build.directory}/" + Defaults.REPORTS_FOLDER)
    File reportsDirectory;

    /**
     * The project's folder: where the default experiments folder is looked for, and the forked JVM's
     * working directory.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /**
     * Where run records go: {@code <experiment>/<variant>/seed-<seed>.json}, and
     * {@code <experiment>/<cell>/<variant>/seed-<seed>.json} for a sweep's runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.recordsDirectory", defaultValue = "${project.build.directory}/" + Defaults.RECORDS_FOLDER)
    File recordsDirectory;

    /**
     * The project's test class path (its compiled classes and test classes, and its resolved
     * dependencies), where an experiment of {@code model.kind: trainer} finds its class, checked before
     * anything trains; the forked JVM loads it from there, and the run cache keys its runs on it by
     * content.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true)
    List<String> testClassPath;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping expolu:" + goal() + " (expolu.skip)");
            return;
        }
        if (!Files.isDirectory(experimentsDirectory.toPath())) {
            if (basedir != null && !experimentsDirectory.equals(new File(basedir, Defaults.EXPERIMENTS_FOLDER))) {
                throw new MojoExecutionException("expolu.experimentsDirectory is " + experimentsDirectory + ", which is"
                        + " not a folder; expected the folder of the experiment files (only the default, "
                        + Defaults.EXPERIMENTS_FOLDER + ", may be absent, for a module without experiments)");
            }
            getLog().info("No experiments directory at " + experimentsDirectory + "; nothing to do");
            return;
        }
        TrainResult result;
        try {
            TrainRequest request = request();
            getLog().debug("expolu:" + goal() + " asks the core: " + request);
            result = run(request);
        } catch (ExperimentException e) {
            throw new MojoExecutionException("Invalid experiment file(s), nothing trained:" + System.lineSeparator()
                    + e.getMessage(), e);
        } catch (EngineOverrideException e) {
            throw new MojoExecutionException(e.getMessage() + "; nothing trained", e);
        } catch (ExecutorException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Training interrupted; the records of finished runs are kept", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read or write records or reports: " + e.getMessage(), e);
        }
        conclude(result);
    }

    abstract String goal();

    /** Maven's log, at its levels, for the core; debug lines where Maven's log keeps them ({@code -X}). */
    TrainingLog trainingLog() {
        return getLog().isDebugEnabled() ? TrainingLog.of(getLog()::info, getLog()::warn, getLog()::debug)
                : TrainingLog.of(getLog()::info, getLog()::warn);
    }

    /** The goal's work, on the core; a failure it cannot leave to the core's exceptions is Maven's. */
    abstract TrainResult run(TrainRequest request)
            throws ExperimentException, InterruptedException, IOException, MojoExecutionException;

    /** What the goal makes of the result: fail the build, warn, or nothing. */
    abstract void conclude(TrainResult result) throws MojoFailureException;

    /** {@code expolu.include} as a list. */
    List<String> includes() {
        return include == null || include.isBlank() ? List.of()
                : Arrays.stream(include.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    TrainRequest request() throws MojoExecutionException {
        return TrainRequest.builder(experimentsDirectory.toPath()).includes(includes())
                .recordsDirectory(recordsDirectory.toPath()).reportsDirectory(reportsDirectory.toPath())
                .lockMode(dev.expolu.lock.LockMode.OFF).projectClassPath(projectClassPath()).build();
    }

    /** The project's test class path, where a {@code model.kind: trainer} class is found. */
    List<Path> projectClassPath() {
        return testClassPath == null ? List.of() : testClassPath.stream().map(Path::of).toList();
    }
}
