package dev.expolu.judge;

import java.util.OptionalInt;

/**
 * What the runs of a variant must show: a metric within a bound, in at least {@code seedsAtLeast}
 * of its seeds (every seed where empty). The experiment file's
 * {@code - finalLoss: {atMost: 1.0e-7}} with {@code seeds: {atLeast: 8}}.
 */
public record Expectation(Metric metric, Bound bound, OptionalInt seedsAtLeast) {

    /** How many of {@code seeds} runs must meet the bound. */
    public int required(int seeds) {
        return seedsAtLeast.orElse(seeds);
    }

    @Override
    public String toString() {
        return metric + " " + bound;
    }
}
