package dev.expolu.training;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A curve a run reports beside its loss ({@code accuracy}, {@code valLoss}): its value every round.
 *
 * @param name           the metric's name, as claims name it
 * @param higherIsBetter which way is better
 * @param values         its value every round
 */
public record MetricCurve(String name, boolean higherIsBetter, double[] values) {

    public MetricCurve {
        Objects.requireNonNull(name, "name");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The last round's value. */
    public double last() {
        return values[values.length - 1];
    }

    /**
     * How many rounds it took until a round's value first reached {@code value} in its direction: at
     * least it where higher is better, at most it where lower is; empty if never.
     */
    public OptionalInt roundsTo(double value) {
        for (int i = 0; i < values.length; i++) {
            if (higherIsBetter ? values[i] >= value : values[i] <= value) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The best round's value, by its direction; NaN rounds are ignored unless every round is NaN. */
    public double best() {
        var finite = Arrays.stream(values).filter(v -> !Double.isNaN(v));
        return (higherIsBetter ? finite.max() : finite.min()).orElse(Double.NaN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricCurve that && name.equals(that.name) && higherIsBetter == that.higherIsBetter
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, higherIsBetter, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return name + Arrays.toString(values);
    }
}
