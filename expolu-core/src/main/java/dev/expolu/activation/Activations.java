package dev.expolu.activation;

import dev.expolu.run.ActivationSpec;
import java.util.Map;

/** Makes the DL4J activation a run's description names; {@link ActivationCatalog} says which exist. */
public final class Activations {

    private Activations() {
    }

    /** The activation of {@code spec}, every parameter as resolved. */
    public static ElementwiseActivation create(ActivationSpec spec) {
        Map<String, Double> p = spec.parameters();
        return switch (spec.name()) {
            case "identity" -> new Identity();
            case "expolu" -> new ExpoLU(p.get("a"), p.get("b"), p.get("p"));
            case "powerlu" -> new PowerLU(p.get("xp"));
            case "paralu" -> new ParaLU(p.get("scope"));
            case "quartlu" -> new QuartLU(p.get("scope"));
            case "sigmoid" -> new Sigmoid();
            case "relu" -> new ReLU();
            default -> throw new IllegalArgumentException("unknown activation '" + spec.name() + "'; expected one of "
                    + ActivationCatalog.NAMES);
        };
    }

    /** The activation by name; parameters not given keep the seed's defaults. */
    public static ElementwiseActivation create(String name, Map<String, Double> parameters) {
        return create(ActivationCatalog.resolve(name, parameters));
    }
}
