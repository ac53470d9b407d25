package dev.expolu.spark;

import dev.expolu.run.ActivationSpec;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A run of the seed's network as a Spark task ships it: every field of its {@link NetworkSpec}, in
 * plain serializable form. Init tensors travel apart, by their hash ({@link InitFiles}): workers need
 * not share the driver's disk.
 */
final class NetworkTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[][] points;
    private final boolean normalize;
    private final int layers;
    private final int width;
    private final String activation;
    private final LinkedHashMap<String, Double> parameters;
    private final int[] powers;
    private final String initDirectory;
    private final String initSha256;
    private final int rounds;
    private final double learningRate;
    private final String precision;
    private final String engine;
    private final long seed;

    NetworkTask(NetworkSpec spec) {
        this.points = spec.points().stream().map(p -> p.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        this.normalize = spec.normalize();
        this.layers = spec.layers();
        this.width = spec.width();
        this.activation = spec.activation().name();
        this.parameters = new LinkedHashMap<>(spec.activation().parameters());
        this.powers = spec.powers().stream().mapToInt(Integer::intValue).toArray();
        this.initDirectory = spec.init() instanceof Init.Files f ? f.directory().toString() : null;
        this.initSha256 = spec.init() instanceof Init.Files f ? f.sha256() : null;
        this.rounds = spec.rounds();
        this.learningRate = spec.learningRate();
        this.precision = spec.precision().id();
        this.engine = spec.engine().id();
        this.seed = spec.seed();
    }

    /** The hash of its init tensors; null for N(0,1) from the seed. */
    String initSha256() {
        return initSha256;
    }

    /** Where the driver read its init tensors; null for N(0,1). */
    String initDirectory() {
        return initDirectory;
    }

    Precision precision() {
        return Precision.fromId(precision);
    }

    /** The run's spec again, its init tensors read from {@code initHere} (where this JVM wrote them). */
    NetworkSpec spec(Path initHere) {
        Init init = initSha256 == null ? new Init.Normal() : new Init.Files(initHere, initSha256);
        List<List<Double>> rows = Arrays.stream(points).map(r -> Arrays.stream(r).boxed().toList()).toList();
        return new NetworkSpec(rows, normalize, layers, width, new ActivationSpec(activation, parameters),
                Arrays.stream(powers).boxed().toList(), init, rounds, learningRate, Precision.fromId(precision),
                Engine.fromId(engine), seed);
    }
}
