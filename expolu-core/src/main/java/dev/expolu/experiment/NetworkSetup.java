package dev.expolu.experiment;

import dev.expolu.run.ActivationSpec;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.util.List;

/**
 * A variant's settings for the seed's network ({@code model.kind: network}), resolved: everything that
 * decides one of its runs but the seed.
 *
 * @param points       the data rows, the target last
 * @param normalize    the seed's {@code norma0} on x and y
 * @param layers       the seed's {@code layers}
 * @param width        the seed's {@code n}
 * @param activation   the activation with every parameter (defaults filled in)
 * @param powers       the seed's {@code powerlist}
 * @param init         N(0,1) from the seed, or {@code init: {from: DIR}}
 * @param rounds       the rounds of training
 * @param learningRate the SGD step
 * @param precision    the dtype
 * @param engine       which trainer runs it
 */
public record NetworkSetup(List<List<Double>> points, boolean normalize, int layers, int width, ActivationSpec activation,
        List<Integer> powers, Init init, int rounds, double learningRate, Precision precision, Engine engine)
        implements Setup {

    public NetworkSetup {
        points = points.stream().map(List::copyOf).toList();
        powers = List.copyOf(powers);
    }

    @Override
    public NetworkSetup withEngine(Engine other) {
        return new NetworkSetup(points, normalize, layers, width, activation, powers, init, rounds, learningRate, precision,
                other);
    }

    @Override
    public NetworkSpec spec(long seed) {
        return new NetworkSpec(points, normalize, layers, width, activation, powers, init, rounds, learningRate,
                precision, engine, seed);
    }

    /** The seed's network reports its loss alone. */
    @Override
    public java.util.Map<String, Boolean> curves() {
        return java.util.Map.of("loss", false);
    }
}
