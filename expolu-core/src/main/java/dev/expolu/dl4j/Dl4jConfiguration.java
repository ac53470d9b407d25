package dev.expolu.dl4j;

import java.util.Optional;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * A DL4J network configuration of either of its kinds, a {@link MultiLayerConfiguration} or a
 * {@link ComputationGraphConfiguration} of one input and one output: what {@code model.kind: dl4j}
 * trains, however it was given.
 */
public sealed interface Dl4jConfiguration permits LayersConfiguration, GraphConfiguration {

    /**
     * The configuration {@code toJson()} wrote, of the kind its keys name: a graph's has
     * {@code networkInputs}.
     *
     * @throws IllegalArgumentException where it is neither
     */
    static Dl4jConfiguration fromJson(String json) {
        JsonNode tree;
        try {
            tree = new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try {
            return tree != null && tree.has("networkInputs")
                    ? new GraphConfiguration(ComputationGraphConfiguration.fromJson(json))
                    : new LayersConfiguration(MultiLayerConfiguration.fromJson(json));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * What a factory made: either configuration, or a network of either kind (its configuration; its
     * parameters are made again from the run's seed).
     *
     * @throws IllegalArgumentException for anything else, naming its class
     */
    static Dl4jConfiguration of(Object made) {
        if (made instanceof MultiLayerConfiguration c) {
            return new LayersConfiguration(c);
        }
        if (made instanceof ComputationGraphConfiguration c) {
            return new GraphConfiguration(c);
        }
        if (made instanceof MultiLayerNetwork n) {
            return new LayersConfiguration(n.getLayerWiseConfigurations());
        }
        if (made instanceof ComputationGraph g) {
            return new GraphConfiguration(g.getConfiguration());
        }
        throw new IllegalArgumentException("made a " + (made == null ? "null" : made.getClass().getName())
                + "; expected a MultiLayerConfiguration or ComputationGraphConfiguration (or either network)");
    }

    /** The classes a factory may return. */
    static boolean made(Class<?> type) {
        return MultiLayerConfiguration.class.isAssignableFrom(type)
                || ComputationGraphConfiguration.class.isAssignableFrom(type)
                || MultiLayerNetwork.class.isAssignableFrom(type) || ComputationGraph.class.isAssignableFrom(type);
    }

    /** Its JSON, as its {@code toJson()} writes it. */
    String toJson();

    /** Sets the seed of the configuration and of each of its layers, as a run's seed does. */
    void seed(long seed);

    /**
     * Its JSON with every seed 0: what a factory's configuration is keyed by. The run's seed sets the
     * seeds, and DL4J's builder seeds a configuration from the clock where the factory names none, so
     * the seeds are no part of what the factory made.
     */
    default String seedlessJson() {
        seed(0);
        return toJson();
    }

    /** The network's data type: the table's rows are cast to it. */
    DataType dataType();


    /**
     * What keeps it from learning {@code classes} classes from {@code features} features, in words
     * ("whose output layer has 2 units, but ..."); empty where nothing does. Several inputs or
     * outputs, or no output layer last, keep it from training on any data: {@code features} and
     * {@code classes} 0 check only that.
     */
    Optional<String> mismatch(int features, int classes);

    /**
     * The network, its parameters drawn from {@code seed}: every seed of this configuration (the
     * network's, each layer's) is set to it first, so a run trains a configuration read for it alone.
     */
    Dl4jNetwork network(long seed);

    /** Whether a layer computes a loss of its own, as the kind's output must. */
    static boolean isOutput(Layer layer) {
        return layer instanceof BaseOutputLayer || layer instanceof LossLayer;
    }
}
