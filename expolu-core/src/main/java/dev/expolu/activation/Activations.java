package dev.expolu.activation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The seven activations by name, as an experiment file names them. */
public final class Activations {

    private record Entry(Set<String> parameters, Function<Map<String, Double>, ElementwiseActivation> factory) {
    }

    private static final Map<String, Entry> BY_NAME = Map.of(
            "identity", new Entry(Set.of(), p -> new Identity()),
            "expolu", new Entry(Set.of("a", "b", "p"), p -> new ExpoLU(
                    p.getOrDefault("a", ExpoLU.DEFAULT_A),
                    p.getOrDefault("b", ExpoLU.DEFAULT_B),
                    p.getOrDefault("p", ExpoLU.DEFAULT_P))),
            "powerlu", new Entry(Set.of("xp"), p -> new PowerLU(p.getOrDefault("xp", PowerLU.DEFAULT_XP))),
            "paralu", new Entry(Set.of("scope"), p -> new ParaLU(p.getOrDefault("scope", ParaLU.DEFAULT_SCOPE))),
            "quartlu", new Entry(Set.of("scope"), p -> new QuartLU(p.getOrDefault("scope", QuartLU.DEFAULT_SCOPE))),
            "sigmoid", new Entry(Set.of(), p -> new Sigmoid()),
            "relu", new Entry(Set.of(), p -> new ReLU()));

    /** The names, in the seed's {@code acttype} order. */
    public static final List<String> NAMES =
            List.of("identity", "expolu", "powerlu", "paralu", "quartlu", "sigmoid", "relu");

    private Activations() {
    }

    public static boolean isKnown(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The parameter names the activation takes; empty for those without parameters. */
    public static Set<String> parameters(String name) {
        return entry(name).parameters();
    }

    /** Creates the activation; parameters not given keep the seed's defaults. */
    public static ElementwiseActivation create(String name, Map<String, Double> parameters) {
        Entry entry = entry(name);
        for (String key : parameters.keySet()) {
            if (!entry.parameters().contains(key)) {
                throw new IllegalArgumentException(name + " has no parameter '" + key + "'; it takes "
                        + (entry.parameters().isEmpty() ? "none" : entry.parameters()));
            }
        }
        return entry.factory().apply(parameters);
    }

    private static Entry entry(String name) {
        Entry entry = BY_NAME.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("unknown activation '" + name + "'; expected one of " + NAMES);
        }
        return entry;
    }
}
