package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A run of a project's own training code ({@code model.kind: trainer}): the class, its parameters and
 * rounds, and the seed. The code itself (the project's classes and dependencies, by content) stands in
 * the run's {@link Arithmetic#code()}, so that the cache never serves a curve of other code.
 *
 * @param className  the {@link dev.expolu.api.Trainer}'s binary name
 * @param parameters {@code model.parameters}, each value as the file wrote it, in the file's order
 * @param rounds     the rounds it reports
 * @param seed       the run's seed
 */
public record TrainerSpec(String className, Map<String, String> parameters, int rounds, long seed) implements RunSpec {

    /** {@code model.kind} of a project's training code. */
    public static final String KIND = "trainer";

    /** Bumped whenever {@link #canonical()} changes its form. */
    static final String FORM = "expolu-trainer-v1";

    public TrainerSpec {
        Objects.requireNonNull(className, "className");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** kind, class, parameters, rounds. */
    @Override
    public Map<String, Object> setup() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("class", className);
        m.put("parameters", parameters);
        m.put("rounds", rounds);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model.kind", KIND);
        m.put("model.class", className);
        parameters.forEach((name, value) -> m.put("model.parameters." + name, value));
        m.put("training.rounds", String.valueOf(rounds));
        return Collections.unmodifiableMap(m);
    }

    /** The settings, one {@code key=value} line each (a parameter's value with its length, so no text can pass for two), then the seed. */
    @Override
    public String canonical() {
        StringBuilder text = new StringBuilder(FORM).append('\n');
        settings().forEach((key, value) -> text.append(key).append('=').append(value.length()).append(':')
                .append(value).append('\n'));
        return text.append("seed=").append(seed).append('\n').toString();
    }
}
