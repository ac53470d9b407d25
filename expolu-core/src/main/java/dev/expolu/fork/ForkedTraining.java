package dev.expolu.fork;

import dev.expolu.execution.Suite;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code expolu:train} with the training in a forked JVM, the way Surefire forks tests: the
 * experiment files are validated here, a JVM started with {@link ForkConfig} trains them
 * ({@link ForkMain}), its lines reach the log as they come, and after a clean exit the records are
 * judged and reported here. A fork that dies fails with the runs it was training; the records it
 * finished stay whole. Interrupting the caller kills the fork.
 */
public final class ForkedTraining {

    private final ForkConfig config;

    public ForkedTraining(ForkConfig config) {
        this.config = config;
    }

    /** Validates, trains in a fork, then judges and reports the records, as {@link Training#run}. */
    public TrainResult run(TrainRequest request, TrainingLog log)
            throws ExperimentException, InterruptedException, IOException, ForkException {
        List<Experiment> experiments = Suite.load(request.experimentsDirectory(), request.includes(),
                request.projectClasses());
        if (!Training.takeAllFromCache(experiments, request, log)) {
            train(experiments, request, log);
        }
        return Training.gate(experiments, Training.recorded(experiments, request, log), request, log);
    }

    /**
     * Trains the runs of {@code experiments} in a fork; returns once every run is recorded.
     *
     * @throws ExperimentException  where the fork refused the files (changed since they were loaded) or
     *                              a run's engine cannot run there; nothing trained
     * @throws IOException          naming a file the fork could not read or write
     * @throws ForkException        where the fork could not start, was killed or crashed
     * @throws InterruptedException when the caller is interrupted; the fork is killed
     */
    public void train(List<Experiment> experiments, TrainRequest request, TrainingLog log)
            throws ExperimentException, InterruptedException, IOException, ForkException {
        Path requestFile = requestFile(request.recordsDirectory());
        ForkRequest forkRequest = ForkRequest.of(experiments, request).withDebug(log.debugEnabled());
        forkRequest.write(requestFile);
        log.info("Training in a forked JVM (" + config.describeJava() + ", " + runs(experiments, request) + ")");
        log.debug("Fork command line: " + String.join(" ", config.command(requestFile)));
        log.debug("Fork CLASSPATH (" + config.classPath().size() + " entries): " + config.classPathVariable());
        log.debug("Fork working directory: " + (config.workingDirectory() == null ? "Maven's"
                : config.workingDirectory()));
        log.debug("Fork request " + requestFile + ": " + forkRequest.describe());
        Process process = start(requestFile);
        ForkMonitor monitor = new ForkMonitor(log);
        try {
            Thread out = pump(process.getInputStream(), StandardCharsets.UTF_8, monitor::stdout, "out");
            Thread err = pump(process.getErrorStream(), Charset.defaultCharset(), monitor::stderr, "err");
            int exit = process.waitFor();
            out.join();
            err.join();
            monitor.conclude(exit, request.recordsDirectory(), request.cacheDirectory().isPresent());
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly(); // interrupted, or the build failed here: the fork goes too
            }
            process.getOutputStream().close();
        }
        Files.deleteIfExists(requestFile);
    }

    /** "4 run(s) on 2 thread(s)", or "on the spark executor". */
    private static String runs(List<Experiment> experiments, TrainRequest request) {
        return experiments.stream().mapToInt(e -> e.runs().size()).sum() + " run(s) on "
                + (request.executor().isLocal() ? request.threads() + " thread(s)"
                        : "the " + request.executor().name() + " executor");
    }

    /** Beside the records: {@code target/expolu-fork.json}; kept after a crash, to run it again by hand. */
    static Path requestFile(Path recordsDirectory) {
        Path records = recordsDirectory.toAbsolutePath().normalize();
        return records.resolveSibling(records.getFileName() + "-fork.json");
    }

    private Process start(Path requestFile) throws ForkException {
        ProcessBuilder builder = new ProcessBuilder(config.command(requestFile));
        builder.environment().put("CLASSPATH", config.classPathVariable());
        if (config.workingDirectory() != null) {
            builder.directory(config.workingDirectory().toFile());
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ForkException("Cannot start the forked training JVM " + config.java() + ": " + e.getMessage()
                    + "; set expolu.jvm to a java executable or a JDK home, or expolu.fork=false to train in"
                    + " Maven's JVM");
        }
    }

    /** Passes each line of {@code in} to {@code lines} on a thread of its own, until the fork closes it. */
    private static Thread pump(InputStream in, Charset charset, Consumer<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the fork is gone; its exit status says how
            }
        }, "expolu-fork-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
