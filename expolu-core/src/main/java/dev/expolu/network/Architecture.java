package dev.expolu.network;

import dev.expolu.activation.Activations;
import dev.expolu.activation.ElementwiseActivation;
import dev.expolu.run.NetworkSpec;
import java.util.List;
import java.util.Objects;

/**
 * The seed's network: {@code layers} layers of {@code width} features after an input of
 * {@code inputs} features, each layer {@code norma(act(norma(z)))}, and a linear output of one.
 *
 * @param inputs     the input features (the data's columns but the last)
 * @param layers     the seed's {@code layers}: the input layer plus {@code layers - 1} hidden ones
 * @param width      the seed's {@code n}
 * @param activation the seed's {@code act}
 * @param powers     the seed's {@code powerlist}: the terms s_p(v) = sign(v)|v^p| of each layer
 */
public record Architecture(int inputs, int layers, int width, ElementwiseActivation activation,
        List<Integer> powers) {

    public Architecture {
        Objects.requireNonNull(activation, "activation");
        powers = List.copyOf(powers);
        new Shape(inputs, layers, width, powers); // checks the sizes
    }

    /** The network a run's description names. */
    public static Architecture of(NetworkSpec spec) {
        return new Architecture(spec.inputs(), spec.layers(), spec.width(), Activations.create(spec.activation()),
                spec.powers());
    }

    public Shape shape() {
        return new Shape(inputs, layers, width, powers);
    }

    /** P = max(powers): the leading dimension of the weight tensors. */
    public int maxPower() {
        return shape().maxPower();
    }

    /** The number of trained values, counted over the six tensors. */
    public long parameterCount() {
        return shape().parameterCount();
    }
}
