package dev.expolu.experiment;

import dev.expolu.run.Engine;
import dev.expolu.run.TrainerSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variant's settings for a project's own training code ({@code model.kind: trainer}), resolved.
 *
 * @param className  {@code model.class}: a {@link dev.expolu.api.Trainer} on the project's test class path
 * @param parameters {@code model.parameters}, each value as the file wrote it, in the file's order
 * @param rounds     {@code training.rounds}
 * @param metrics    the curves the trainer reports, by name, each with whether higher is better
 * @param deterministic whether the trainer says two trainings of one run give one curve bit for bit
 *                   ({@link dev.expolu.api.Trainer#deterministic()})
 */
public record TrainerSetup(String className, Map<String, String> parameters, int rounds, Map<String, Boolean> metrics,
        boolean deterministic) implements Setup {

    public TrainerSetup {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A trainer that says it is deterministic, as most are. */
    public TrainerSetup(String className, Map<String, String> parameters, int rounds, Map<String, Boolean> metrics) {
        this(className, parameters, rounds, metrics, true);
    }

    @Override
    public TrainerSpec spec(long seed) {
        return new TrainerSpec(className, parameters, rounds, seed);
    }

    /** A project's training code has no engine to choose: {@code expolu.engine} leaves it as it is. */
    @Override
    public TrainerSetup withEngine(Engine engine) {
        return this;
    }

    /** The names of its curves. */
    public List<String> metricNames() {
        return List.copyOf(metrics.keySet());
    }

    @Override
    public Map<String, Boolean> curves() {
        return metrics;
    }
}
