package dev.expolu.experiment;

import dev.expolu.activation.ActivationCatalog;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.run.ActivationSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the seed network's {@code model.activation}: a name, or a name with its parameters. */
final class ActivationReader {

    private final Binder binder;

    ActivationReader(Binder binder) {
        this.binder = binder;
    }

    Optional<ActivationSpec> activation(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "activation");
        if (node.isEmpty()) {
            binder.problem(model.line(), "model.activation", "is missing; expected one of " + ActivationCatalog.NAMES);
            return Optional.empty();
        }
        if (node.get() instanceof Scalar) {
            return binder.string(node.get(), "model.activation").flatMap(n -> known(n, node.get().line(), Map.of()));
        }
        return binder.mapping(node.get(), "model.activation").flatMap(m -> {
            Optional<String> name = binder.value(m, "name").flatMap(n -> binder.string(n, "model.activation.name"));
            if (name.isEmpty()) {
                binder.problem(m.line(), "model.activation.name", "is missing; expected one of "
                        + ActivationCatalog.NAMES);
                return Optional.empty();
            }
            Map<String, Double> parameters = new LinkedHashMap<>();
            m.entries().forEach((key, entry) -> {
                if (!key.equals("name")) {
                    binder.number(entry.value(), "model.activation." + key).ifPresent(v -> parameters.put(key, v));
                }
            });
            return known(name.get(), m.line(), parameters);
        });
    }

    private Optional<ActivationSpec> known(String name, int line, Map<String, Double> parameters) {
        if (!ActivationCatalog.isKnown(name)) {
            binder.problem(line, "model.activation", "is '" + name + "', but expected one of "
                    + ActivationCatalog.NAMES);
            return Optional.empty();
        }
        List<String> allowed = ActivationCatalog.parameters(name);
        for (String key : parameters.keySet()) {
            if (!allowed.contains(key)) {
                binder.problem(line, "model.activation." + key, "is not a parameter of " + name + "; expected "
                        + (allowed.isEmpty() ? "none" : "one of " + allowed));
                return Optional.empty();
            }
        }
        return Optional.of(ActivationCatalog.resolve(name, parameters));
    }
}
