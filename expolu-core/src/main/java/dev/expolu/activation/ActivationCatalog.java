package dev.expolu.activation;

import dev.expolu.run.ActivationSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seven activations by name, each with its parameters and their defaults in the activation's
 * own order: what an experiment file may say and what a run's description holds. It names no
 * activation class, so reading a file or running the GPU engine loads nothing of DL4J.
 */
public final class ActivationCatalog {

    /** The names, in the seed's {@code acttype} order. */
    public static final List<String> NAMES =
            List.of("identity", "expolu", "powerlu", "paralu", "quartlu", "sigmoid", "relu");

    private static final Map<String, Map<String, Double>> DEFAULTS = Map.of(
            "identity", Map.of(),
            "expolu", ordered("a", ExpoLU.DEFAULT_A, "b", ExpoLU.DEFAULT_B, "p", ExpoLU.DEFAULT_P),
            "powerlu", ordered("xp", PowerLU.DEFAULT_XP),
            "paralu", ordered("scope", ParaLU.DEFAULT_SCOPE),
            "quartlu", ordered("scope", QuartLU.DEFAULT_SCOPE),
            "sigmoid", Map.of(),
            "relu", Map.of());

    private ActivationCatalog() {
    }

    public static boolean isKnown(String name) {
        return DEFAULTS.containsKey(name);
    }

    /** The parameter names of a known activation, in its order; empty for those without. */
    public static List<String> parameters(String name) {
        return List.copyOf(defaults(name).keySet());
    }

    /**
     * The activation with {@code given} laid over its defaults.
     *
     * @throws IllegalArgumentException for an unknown name or parameter
     */
    public static ActivationSpec resolve(String name, Map<String, Double> given) {
        Map<String, Double> parameters = new LinkedHashMap<>(defaults(name));
        for (Map.Entry<String, Double> p : given.entrySet()) {
            if (!parameters.containsKey(p.getKey())) {
                throw new IllegalArgumentException(name + " has no parameter '" + p.getKey() + "'; it takes "
                        + (parameters.isEmpty() ? "none" : parameters.keySet()));
            }
            parameters.put(p.getKey(), p.getValue());
        }
        return new ActivationSpec(name, parameters);
    }

    private static Map<String, Double> defaults(String name) {
        Map<String, Double> defaults = DEFAULTS.get(name);
        if (defaults == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "'; expected one of " + NAMES);
        }
        return defaults;
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }
}
