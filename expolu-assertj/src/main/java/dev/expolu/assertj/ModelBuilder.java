package dev.expolu.assertj;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The keys of {@code model}. */
public final class ModelBuilder {

    private final Map<String, Object> keys;

    ModelBuilder(Map<String, Object> keys) {
        this.keys = keys;
    }

    /** {@code layers}: the seed's {@code layers}. */
    public ModelBuilder layers(int value) {
        keys.put("layers", value);
        return this;
    }

    /** {@code width}: the seed's {@code n}. */
    public ModelBuilder width(int value) {
        keys.put("width", value);
        return this;
    }

    /** {@code activation: expolu}, with its parameters' defaults. */
    public ModelBuilder activation(String name) {
        keys.put("activation", name);
        return this;
    }

    /** {@code activation: {name: paralu, a: 2.0}}. */
    public ModelBuilder activation(String name, Map<String, Double> parameters) {
        Map<String, Object> activation = new LinkedHashMap<>();
        activation.put("name", name);
        activation.putAll(parameters);
        keys.put("activation", activation);
        return this;
    }

    /** {@code powers}: the seed's {@code powerlist}. */
    public ModelBuilder powers(int... powers) {
        keys.put("powers", Arrays.stream(powers).boxed().toList());
        return this;
    }

    /** {@code init: normal}, the one word the file allows there. */
    public ModelBuilder init(String value) {
        keys.put("init", value);
        return this;
    }

    /** {@code init: {from: DIR}}: the seed's six tensors, relative to the working directory. */
    public ModelBuilder initFrom(String directory) {
        keys.put("init", Map.of("from", directory));
        return this;
    }
}
