package dev.expolu.assertj;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains an experiment from a test, on the plugin's engine, run cache and records, and judges it
 * with the plugin's judge: from a YAML file ({@link #train(Path)}) or built in code
 * ({@link #experiment(String)}). State its claims with {@link ExpoluAssertions}.
 *
 * <pre>{@code
 * ExperimentResult result = Expolu.train(Path.of("src/experiments/seed-claim-ci.yaml"));
 * assertThat(result.variant("expolu")).reachesLoss(1e-3).withinRounds(150).inEverySeed();
 * }</pre>
 *
 * <p>Settings come from the plugin's system properties ({@link ExpoluSettings}): a run already
 * trained with the same settings, seed and training code is taken from the cache, so a second
 * {@code mvn test} trains nothing.
 */
public final class Expolu {

    private Expolu() {
    }

    /**
     * Trains and judges the experiment file, with the settings of the system properties.
     *
     * @throws InvalidExperimentException with every problem of the file, before anything trains
     */
    public static ExperimentResult train(Path file) {
        return train(file, ExpoluSettings.fromSystemProperties());
    }

    /** Trains and judges the experiment file with {@code settings}. */
    public static ExperimentResult train(Path file, ExpoluSettings settings) {
        try {
            return run(ExperimentLoader.load(file), settings);
        } catch (ExperimentException e) {
            throw new InvalidExperimentException(e.problems(), "");
        }
    }

    /** An experiment file written in code, key by key; {@link #train(ExperimentBuilder)} trains it. */
    public static ExperimentBuilder experiment(String name) {
        return new ExperimentBuilder(name);
    }

    /**
     * Trains and judges the experiment built, with the settings of the system properties.
     *
     * @throws InvalidExperimentException with every problem the loader finds in it, before anything
     *                                    trains
     */
    public static ExperimentResult train(ExperimentBuilder experiment) {
        return train(experiment, ExpoluSettings.fromSystemProperties());
    }

    /** Trains and judges the experiment built, with {@code settings}. */
    public static ExperimentResult train(ExperimentBuilder experiment, ExpoluSettings settings) {
        Experiment built = experiment.build();
        try {
            return run(built, settings);
        } catch (ExperimentException e) {
            throw new InvalidExperimentException(e.problems(), experiment.toYaml());
        }
    }

    /** Train, then judge and render the report, as the plugin does; the Surefire XML and locks are its own. */
    private static ExperimentResult run(Experiment experiment, ExpoluSettings settings) throws ExperimentException {
        TrainRequest request = settings.request(experiment);
        try {
            List<RunRecord> records = Training.train(List.of(experiment), request, settings.log());
            TrainResult result = Training.conclude(List.of(experiment), records, request, settings.log());
            return new ExperimentResult(experiment, result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write records or reports: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Training interrupted; the records of finished runs are kept", e);
        }
    }
}
