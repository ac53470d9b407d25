package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.run.NetworkSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings a sweep may vary, as the file's {@code model.kind} declares them ({@link ModelKind#sweepable()}):
 * the seed's network every setting of its setup but the data's rows; a trainer its class, its rounds
 * and any of its {@code model.parameters}; a dl4j configuration its files, the data's settings, its
 * epochs and batch size, and a factory's parameters.
 */
final class SweepSettings {

    /** The parameters' prefix: {@code model.parameters.learningRate} sweeps one parameter. */
    static final String PARAMETERS = "model.parameters.";

    private final String kind;
    private final Set<String> keys;
    private final boolean parameters;

    private SweepSettings(String kind, Set<String> keys, boolean parameters) {
        this.kind = kind;
        this.keys = keys;
        this.parameters = parameters;
    }

    /**
     * The settings of the kind {@code top}'s {@code model.kind} names, as the kind declares them
     * ({@link ModelKind#sweepable()}); the seed's network's where none, or where the kind is unknown
     * (a problem of its own).
     */
    static SweepSettings of(Mapping top, ModelKinds kinds) {
        YamlNode.Entry model = top.entries().get("model");
        String kind = NetworkSpec.KIND;
        if (model != null && model.value() instanceof Mapping m && m.entries().get("kind") != null
                && m.entries().get("kind").value() instanceof Scalar s && s.text() != null) {
            kind = s.text().trim();
        }
        ModelKind found = kinds.named(kind).orElseGet(NetworkKind::new);
        Set<String> declared = found.sweepable();
        Set<String> keys = new TreeSet<>(declared);
        keys.remove(PARAMETERS + "*");
        return new SweepSettings(found.name(), keys, declared.contains(PARAMETERS + "*"));
    }

    private boolean hasParameters() {
        return parameters;
    }

    /** Whether a sweep may vary {@code key}. */
    boolean allows(String key) {
        return keys.contains(key) || hasParameters() && key.startsWith(PARAMETERS)
                && key.length() > PARAMETERS.length();
    }

    /**
     * Why {@code key} is refused, after "sweep.KEY ": the settings of the kind, and the one it likely
     * means ("training.learningRate" of a trainer is its {@code model.parameters.learningRate}).
     */
    String refusal(String key) {
        Set<String> known = new TreeSet<>(keys);
        if (hasParameters()) {
            known.add(PARAMETERS + "NAME");
        }
        Optional<String> near = Keys.nearest(key, keys);
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (near.isEmpty() && hasParameters() && !key.startsWith(PARAMETERS) && !last.isEmpty()) {
            near = Optional.of(PARAMETERS + last);
        }
        return "is not a setting a sweep can vary" + (kind.equals(NetworkSpec.KIND) ? "" : " of model.kind " + kind)
                + "; " + near.map(n -> "did you mean `" + n + "`? ").orElse("") + "expected one of " + known;
    }

    /** {@code model.parameters.learningRate} as [model, parameters, learningRate]; others at their dots. */
    static List<String> path(String key) {
        if (key.startsWith(PARAMETERS)) {
            return List.of("model", "parameters", key.substring(PARAMETERS.length()));
        }
        return List.of(key.split("\\.", 2));
    }
}
