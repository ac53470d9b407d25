package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import dev.expolu.stats.MannWhitney;
import dev.expolu.stats.Median;
import java.util.List;

/** How the seeds' figures bear out a {@link Comparison}. */
public record ComparisonVerdict(Comparison comparison, double[] lower, double[] than, MannWhitney test) {

    /** Tests the comparison on the runs of its two variants; a metric never reached counts as infinite. */
    public static ComparisonVerdict of(Comparison comparison, List<RunRecord> lowerRuns, List<RunRecord> thanRuns) {
        double[] a = values(comparison.metric(), lowerRuns);
        double[] b = values(comparison.metric(), thanRuns);
        if (a.length == 0 || b.length == 0) {
            return new ComparisonVerdict(comparison, a, b, new MannWhitney(0, 1, true, a.length, b.length));
        }
        return new ComparisonVerdict(comparison, a, b, MannWhitney.lower(a, b));
    }

    private static double[] values(Metric metric, List<RunRecord> runs) {
        return runs.stream().mapToDouble(r -> metric.of(r.curve()).orElse(Double.POSITIVE_INFINITY)).toArray();
    }

    public boolean holds() {
        return test.pValue() <= comparison.pValue();
    }

    /**
     * "roundsTo(1e-3) lower in expolu than in relu: p = 7.8e-5, expected p <= 0.05 (Mann-Whitney U = 64
     * of 64, exact; medians 104 and 253)".
     */
    public String describe() {
        return comparison + ": p = " + Bound.format(test.pValue()) + (holds() ? " <= " : ", but expected p <= ")
                + Bound.format(comparison.pValue()) + " (Mann-Whitney U = " + Bound.format(test.u()) + " of "
                + test.sizeA() * test.sizeB() + ", " + (test.exact() ? "exact" : "normal approximation")
                + "; medians " + figure(Median.of(lower)) + " and " + figure(Median.of(than)) + ")";
    }

    /** A metric's value; infinite is a loss never reached. */
    private static String figure(double value) {
        return value == Double.POSITIVE_INFINITY ? "never" : Bound.format(value);
    }
}
