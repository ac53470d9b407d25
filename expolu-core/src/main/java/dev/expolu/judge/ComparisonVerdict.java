package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import dev.expolu.stats.MannWhitney;
import dev.expolu.stats.Median;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the seeds' figures bear out a {@link Comparison}.
 *
 * @param better the metric's values in the variant claimed better
 * @param than   those in the other variant
 * @param test   the Mann-Whitney test, in the metric's direction; empty where a side has no runs, or where a
 *               run does not report the metric's curve, which shows nothing
 * @param unreported which runs do not report the metric's curve, and what they report: "fast's seed 2 reports
 *                   no accuracy, only [loss]"; empty where every run reports it
 */
public record ComparisonVerdict(Comparison comparison, double[] better, double[] than, Optional<MannWhitney> test,
        Optional<String> unreported) {

    /** The verdict of runs that all report the metric's curve. */
    public ComparisonVerdict(Comparison comparison, double[] better, double[] than, Optional<MannWhitney> test) {
        this(comparison, better, than, test, Optional.empty());
    }

    /**
     * Tests the comparison on the runs of its two variants; a metric never reached, and any metric of a
     * run that diverged, counts as the worst: infinite, or minus infinite where higher is better. Where a
     * run does not report the metric's curve at all, nothing is tested and the claim fails, naming it.
     */
    public static ComparisonVerdict of(Comparison comparison, List<RunRecord> betterRuns, List<RunRecord> thanRuns) {
        double[] a = values(comparison, betterRuns);
        double[] b = values(comparison, thanRuns);
        List<String> unreported = new ArrayList<>(unreported(comparison, comparison.better(), betterRuns));
        unreported.addAll(unreported(comparison, comparison.than(), thanRuns));
        if (!unreported.isEmpty()) {
            return new ComparisonVerdict(comparison, a, b, Optional.empty(), Optional.of(String.join("; ", unreported)));
        }
        Optional<MannWhitney> test = a.length == 0 || b.length == 0 ? Optional.empty()
                : Optional.of(comparison.higherIsBetter() ? MannWhitney.lower(negated(a), negated(b))
                        : MannWhitney.lower(a, b));
        return new ComparisonVerdict(comparison, a, b, test);
    }

    /** "fast's seed 2 reports no accuracy, only [loss]", for each run of {@code variant} that does not report it. */
    private static List<String> unreported(Comparison comparison, String variant, List<RunRecord> runs) {
        return runs.stream().flatMap(r -> comparison.metric().unreportedBy(r.curve())
                .map(why -> variant + "'s seed " + r.seed() + " " + why).stream()).toList();
    }

    private static double[] values(Comparison comparison, List<RunRecord> runs) {
        double worst = comparison.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return runs.stream().mapToDouble(r -> r.curve().divergedAt().isPresent() ? worst
                : comparison.metric().of(r.curve()).stream().filter(v -> !Double.isNaN(v)).findFirst().orElse(worst))
                .toArray();
    }

    private static double[] negated(double[] values) {
        return Arrays.stream(values).map(v -> -v).toArray();
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
        if (unreported.isPresent()) {
            return comparison + ": nothing to compare, " + unreported.get() + "; expected runs that report "
                    + comparison.metric().curve();
        }
        if (test.isEmpty()) {
            String missing = better.length == 0 && than.length == 0
                    ? comparison.better() + " and " + comparison.than()
                    : better.length == 0 ? comparison.better() : comparison.than();
            return comparison + ": no runs of " + missing + " to compare";
        }
        MannWhitney t = test.get();
        return comparison + ": p = " + Bound.format(t.pValue()) + (holds() ? " <= " : ", but expected p <= ")
                + Bound.format(comparison.pValue()) + " (Mann-Whitney U = " + Bound.format(t.u()) + " of "
                + t.sizeA() * t.sizeB() + ", " + (t.exact() ? "exact" : "normal approximation")
                + "; medians " + figure(Median.of(better)) + " and " + figure(Median.of(than)) + ")";
    }

    /** A metric's value; infinite is a value never reached (roundsTo) or a run that diverged. */
    private String figure(double value) {
        if (Double.isInfinite(value)) {
            return comparison.metric() instanceof Metric.RoundsTo || comparison.metric() instanceof Metric.RoundsToValue
                    ? "never" : "diverged";
        }
        return Bound.format(value);
    }
}
