package dev.expolu.judge;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * How the seeds of a variant did against one expectation.
 *
 * @param expectation what was expected
 * @param seeds       each seed's figure, in seed order
 */
public record ExpectationVerdict(Expectation expectation, List<SeedFigure> seeds) {

    /**
     * One seed's figure.
     *
     * @param value      the measured value; empty where the metric never happened
     * @param met        whether it met the bound: never for a run that diverged, or that does not report the
     *                   curve the metric reads
     * @param divergedAt the first round whose loss was NaN or infinite; empty for a run that stayed finite
     * @param unreported why the run has no figure: "reports no accuracy, only [loss]"; empty where it reports
     *                   the curve
     */
    public record SeedFigure(long seed, OptionalDouble value, boolean met, OptionalInt divergedAt,
            Optional<String> unreported) {

        /** The figure of a run that reports the metric's curve. */
        public SeedFigure(long seed, OptionalDouble value, boolean met, OptionalInt divergedAt) {
            this(seed, value, met, divergedAt, Optional.empty());
        }

        /**
         * "diverged at round 17", "reports no accuracy, only [loss]", or the value as a reader writes it,
         * "never" where it never happened.
         */
        public String figure() {
            return divergedAt.isPresent() ? "diverged at round " + divergedAt.getAsInt()
                    : unreported.orElseGet(() -> format(value));
        }
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
     * "finalLoss <= 1e-7 in >= 8 of 10 seeds: 6 of 10 met it; seed 3: 4.2e-2, seed 7: never, seed 9:
     * diverged at round 17": the seeds listed are those that missed.
     */
    public String describe() {
        String head = expectation + " in >= " + required() + " of " + seeds.size() + " seeds: " + metCount() + " of "
                + seeds.size() + " met it";
        String misses = seeds.stream().filter(s -> !s.met())
                .map(s -> "seed " + s.seed() + ": " + s.figure())
                .collect(Collectors.joining(", "));
        return misses.isEmpty() ? head : head + "; " + misses;
    }

    static String format(OptionalDouble value) {
        return value.isPresent() ? Bound.format(value.getAsDouble()) : "never";
    }
}
