package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import dev.expolu.stats.MannWhitney;
import dev.expolu.stats.Median;
import java.util.List;
import java.util.Optional;

/**
 * How the seeds' figures bear out a {@link Comparison}.
 *
 * @param lower the metric's values in the variant claimed lower
 * @param than  those in the other variant
 * @param test  the Mann-Whitney test; empty where a side has no runs, which shows nothing
 */
public record ComparisonVerdict(Comparison comparison, double[] lower, double[] than, Optional<MannWhitney> test) {

    /**
     * Tests the comparison on the runs of its two variants; a metric never reached, and any metric of a
     * run that diverged, counts as infinite: the worst.
     */
    public static ComparisonVerdict of(Comparison comparison, List<RunRecord> lowerRuns, List<RunRecord> thanRuns) {
        double[] a = values(comparison.metric(), lowerRuns);
        double[] b = values(comparison.metric(), thanRuns);
        Optional<MannWhitney> test = a.length == 0 || b.length == 0 ? Optional.empty()
                : Optional.of(MannWhitney.lower(a, b));
        return new ComparisonVerdict(comparison, a, b, test);
    }

    private static double[] values(Metric metric, List<RunRecord> runs) {
        return runs.stream().mapToDouble(r -> r.curve().divergedAt().isPresent() ? Double.POSITIVE_INFINITY
                : metric.of(r.curve()).orElse(Double.POSITIVE_INFINITY)).toArray();
    }

    /** Whether the data show the claim: never where a side has no runs. */
    public boolean holds() {
        return test.isPresent() && test.get().pValue() <= comparison.pValue();
    }

    /**
     * "roundsTo(1e-3) lower in expolu than in relu: p = 7.8e-5, expected p <= 0.05 (Mann-Whitney U = 64
     * of 64, exact; medians 104 and 253)", or "...: no runs of relu to compare".
     */
    public String describe() {
        if (test.isEmpty()) {
            String missing = lower.length == 0 && than.length == 0
                    ? comparison.lower() + " and " + comparison.than()
                    : lower.length == 0 ? comparison.lower() : comparison.than();
            return comparison + ": no runs of " + missing + " to compare";
        }
        MannWhitney t = test.get();
        return comparison + ": p = " + Bound.format(t.pValue()) + (holds() ? " <= " : ", but expected p <= ")
                + Bound.format(comparison.pValue()) + " (Mann-Whitney U = " + Bound.format(t.u()) + " of "
                + t.sizeA() * t.sizeB() + ", " + (t.exact() ? "exact" : "normal approximation")
                + "; medians " + figure(Median.of(lower)) + " and " + figure(Median.of(than)) + ")";
    }

    /** A metric's value; infinite is a loss never reached (roundsTo) or a run that diverged. */
    private String figure(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return comparison.metric() instanceof Metric.RoundsTo ? "never" : "diverged";
        }
        return Bound.format(value);
    }
}
