package dev.expolu.experiment;

import dev.expolu.activation.Activations;
import dev.expolu.activation.ElementwiseActivation;
import dev.expolu.network.Architecture;
import dev.expolu.network.Precision;
import dev.expolu.training.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that decides one run's curve but its seed: data, model and training, resolved.
 *
 * @param points       the data rows, the target last
 * @param normalize    the seed's {@code norma0} on x and y
 * @param layers       the seed's {@code layers}
 * @param width        the seed's {@code n}
 * @param activation   the activation's name
 * @param parameters   its parameters (those not given keep their defaults)
 * @param powers       the seed's {@code powerlist}
 * @param initFrom     the directory of {@code W0.npy ... Bo.npy}; empty for N(0,1) from the seed
 * @param rounds       the rounds of training
 * @param learningRate the SGD step
 * @param precision    the dtype
 * @param engine       which trainer runs it
 */
public record Setup(List<List<Double>> points, boolean normalize, int layers, int width, String activation,
        Map<String, Double> parameters, List<Integer> powers, Optional<Path> initFrom, int rounds,
        double learningRate, Precision precision, Engine engine) {

    /** The trainers a run can use. */
    public enum Engine {
        /** The fused Java loop: the default, 20x faster than the DL4J path. */
        FUSED,
        /** DL4J's MultiLayerNetwork on the ND4J backend of the build (cpu or cuda). */
        DL4J
    }

    public Setup {
        points = points.stream().map(List::copyOf).toList();
        parameters = Map.copyOf(parameters);
        powers = List.copyOf(powers);
    }

    public Architecture architecture() {
        ElementwiseActivation act = Activations.create(activation, parameters);
        return new Architecture(points.get(0).size() - 1, layers, width, act, powers);
    }

    public Dataset dataset() {
        Dataset data = Dataset.fromRows(points);
        return normalize ? data.normalized() : data;
    }
}
