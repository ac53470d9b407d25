package dev.expolu.cli;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.EngineOverrideException;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code expolu:train} without Maven: the same core entry point ({@link Training#run}) from a plain
 * command line, for machines that have a JVM but no Maven (a GPU machine, a cluster node).
 *
 * <pre>
 * java -cp expolu-core.jar:... dev.expolu.cli.Main --experiments DIR [--include a,b*] [--records DIR]
 *      [--reports DIR] [--threads N] [--cache DIR | --no-cache] [--lock verify|strict|update|off]
 *      [--engine fused|dl4j|cuda|auto] [--progress-seconds S] [--debug]
 * </pre>
 *
 * {@code --debug} prints the core's debug lines, as {@code mvn -X} shows them: which runs are taken
 * from the run cache (with their keys) and what the executor is given.
 *
 * Exit status: 0 when every expectation, comparison and lock holds; 1 when one does not; 2 for an
 * experiment that cannot be trained or bad arguments; 3 when records or reports cannot be written,
 * or a run failed on its executor.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        TrainingLog log = Arrays.asList(args).contains("--debug")
                ? TrainingLog.of(line -> out.println("[INFO] " + line), line -> out.println("[WARNING] " + line),
                        line -> out.println("[DEBUG] " + line))
                : TrainingLog.of(line -> out.println("[INFO] " + line), line -> out.println("[WARNING] " + line));
        TrainRequest request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("[ERROR] " + e.getMessage());
            return 2;
        }
        try {
            TrainResult result = Training.run(request, log);
            if (!result.passed()) {
                out.println("[ERROR] " + result.failureMessage());
                return 1;
            }
            return 0;
        } catch (EngineOverrideException e) {
            out.println("[ERROR] " + e.getMessage() + "; nothing trained");
            return 2;
        } catch (ExecutorException e) {
            out.println("[ERROR] " + e.getMessage());
            return 3;
        } catch (ExperimentException e) {
            out.println("[ERROR] Experiment file(s) refused, nothing trained:");
            e.problems().forEach(p -> out.println("[ERROR] " + p));
            return 2;
        } catch (IOException e) {
            out.println("[ERROR] Cannot read or write records or reports: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("[ERROR] Training interrupted; the records of finished runs are kept");
            return 3;
        }
    }

    /**
     * The request the arguments give; each setting not given is the core's default ({@link Defaults}).
     *
     * @throws IllegalArgumentException naming the option, its value and what was expected
     */
    static TrainRequest parse(String[] args) {
        List<String> list = Arrays.asList(args);
        Path experiments = Path.of(value(list, "--experiments").orElseThrow(() ->
                new IllegalArgumentException("--experiments DIR is missing; expected the folder of the experiment files")));
        TrainRequest.Builder builder = TrainRequest.builder(experiments)
                .cacheDirectory(list.contains("--no-cache") ? Optional.empty()
                        : value(list, "--cache").map(Path::of).or(Defaults::cacheDirectory))
                .engine(value(list, "--engine").map(Engine::fromId));
        value(list, "--include").ifPresent(v -> builder.includes(Arrays.stream(v.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList()));
        value(list, "--records").map(Path::of).ifPresent(builder::recordsDirectory);
        value(list, "--reports").map(Path::of).ifPresent(builder::reportsDirectory);
        value(list, "--threads").map(v -> whole("--threads", v)).ifPresent(builder::threads);
        value(list, "--progress-seconds").map(v -> Duration.ofSeconds(whole("--progress-seconds", v)))
                .ifPresent(builder::progressInterval);
        value(list, "--lock").map(LockMode::fromId).ifPresent(builder::lockMode);
        return builder.build();
    }

    private static int whole(String option, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " is '" + value + "', but expected a whole number of at least 1");
    }

    private static Optional<String> value(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " has no value");
        }
        return Optional.of(args.get(at + 1));
    }
}
