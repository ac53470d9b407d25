package dev.expolu.network;

import dev.expolu.run.NetworkSpec;
import java.util.List;

/**
 * The sizes of the seed's network, without its activation: what fixes the six tensors' shapes.
 *
 * @param inputs the input features (the data's columns but the last)
 * @param layers the seed's {@code layers}: the input layer plus {@code layers - 1} hidden ones
 * @param width  the seed's {@code n}
 * @param powers the seed's {@code powerlist}: the terms s_p(v) = sign(v)|v^p| of each layer
 */
public record Shape(int inputs, int layers, int width, List<Integer> powers) {

    public Shape {
        powers = List.copyOf(powers);
        if (inputs < 1) {
            throw new IllegalArgumentException("inputs must be at least 1, got " + inputs);
        }
        if (layers < 2) {
            throw new IllegalArgumentException("layers must be at least 2, got " + layers);
        }
        if (width < 2) {
            throw new IllegalArgumentException("width must be at least 2, got " + width);
        }
        if (powers.isEmpty() || powers.stream().anyMatch(p -> p < 1)) {
            throw new IllegalArgumentException("powers must be positive integers, got " + powers);
        }
    }

    public static Shape of(NetworkSpec spec) {
        return new Shape(spec.inputs(), spec.layers(), spec.width(), spec.powers());
    }

    /** P = max(powers): the leading dimension of the weight tensors. */
    public int maxPower() {
        return powers.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The number of trained values, counted over the six tensors. */
    public long parameterCount() {
        long p = maxPower();
        long n = width;
        return p * inputs * n + n + p * (layers - 1L) * n * n + (layers - 1L) * n + p * n + 1;
    }
}
