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

    /**
     * {@code kind: trainer, class: NAME}: the project's own training code, a class implementing
     * {@code dev.expolu.api.Trainer} on the test class path, in place of the seed's network.
     */
    public ModelBuilder trainer(Class<?> trainer) {
        return trainer(trainer.getName());
    }

    /** {@code kind: trainer, class: NAME}, the class named as the file names it. */
    public ModelBuilder trainer(String className) {
        keys.put("kind", "trainer");
        keys.put("class", className);
        return this;
    }

    /**
     * {@code kind: dl4j, configuration: FILE}: a DL4J network configuration as its {@code toJson()}
     * writes it, relative to the working directory, trained by DL4J's own {@code fit}.
     */
    public ModelBuilder dl4jConfiguration(String file) {
        keys.put("kind", "dl4j");
        keys.put("configuration", file);
        return this;
    }

    /** {@code kind: dl4j, factory: Class#method}: a static method on the test class path making the configuration. */
    public ModelBuilder dl4jFactory(String classAndMethod) {
        keys.put("kind", "dl4j");
        keys.put("factory", classAndMethod);
        return this;
    }

    /** One of {@code parameters}: what a trainer or a DL4J factory is given, as the file gives it. */
    public ModelBuilder parameter(String name, Object value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) keys.computeIfAbsent("parameters",
                k -> new LinkedHashMap<String, Object>());
        parameters.put(name, value);
        return this;
    }
}
