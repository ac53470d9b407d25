package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An activation by name with every parameter resolved, defaults included, in the activation's own
 * order: {@code expolu(a=1.0, b=1.0, p=2.0)}.
 */
public record ActivationSpec(String name, Map<String, Double> parameters) {

    public ActivationSpec {
        Objects.requireNonNull(name, "name");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name).append('(');
        String separator = "";
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            text.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = ", ";
        }
        return text.append(')').toString();
    }
}
