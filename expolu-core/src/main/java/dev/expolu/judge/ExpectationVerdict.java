package dev.expolu.judge;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * How the seeds of a variant did against one expectation.
 *
 * @param expectation what was expected
 * @param seeds       each seed's figure, in seed order
 */
public record ExpectationVerdict(Expectation expectation, List<SeedFigure> seeds) {

    /** One seed's measured value; empty where the metric never happened. */
    public record SeedFigure(long seed, OptionalDouble value, boolean met) {
    }

    public ExpectationVerdict {
        seeds = List.copyOf(seeds);
    }

    public int metCount() {
        return (int) seeds.stream().filter(SeedFigure::met).count();
    }

    public int required() {
        return expectation.required(seeds.size());
    }

    public boolean isMet() {
        return metCount() >= required();
    }

    /**
     * "finalLoss <= 1e-7 in >= 8 of 10 seeds: 6 of 10 met it; seed 3: 4.2e-2, seed 7: never": the
     * seeds listed are those that missed.
     */
    public String describe() {
        String head = expectation + " in >= " + required() + " of " + seeds.size() + " seeds: " + metCount() + " of "
                + seeds.size() + " met it";
        String misses = seeds.stream().filter(s -> !s.met())
                .map(s -> "seed " + s.seed() + ": " + format(s.value()))
                .collect(Collectors.joining(", "));
        return misses.isEmpty() ? head : head + "; " + misses;
    }

    static String format(OptionalDouble value) {
        return value.isPresent() ? Bound.format(value.getAsDouble()) : "never";
    }
}
