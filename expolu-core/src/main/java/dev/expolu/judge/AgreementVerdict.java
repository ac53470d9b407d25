package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import dev.expolu.reference.ReferenceRun;
import dev.expolu.reference.ReferenceRuns;
import dev.expolu.stats.Median;
import dev.expolu.stats.NewcombeInterval;
import dev.expolu.stats.ShiftEquivalence;
import dev.expolu.stats.TwoSidedMannWhitney;
import dev.expolu.training.LossCurve;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a variant's runs and its reference runs bear out an {@link Agreement}. A claim holds only where
 * the runs could have shown otherwise: where the fewness of the runs (or their ties) keeps every
 * possible p above the level, the verdict says the runs show nothing, and the claim fails.
 *
 * @param claim     the claim
 * @param reference the reference, described ("PyTorch, 5 runs")
 * @param ours      the metric's values over the variant's runs; a metric never reached, and any metric of
 *                  a run that diverged, is infinite (converged: 1 or 0, a diverged run 0)
 * @param theirs    those over the reference runs
 * @param evidence  what the test found
 */
public record AgreementVerdict(Agreement claim, String reference, double[] ours, double[] theirs, Evidence evidence) {

    /** The outcome of the claim's test. */
    public sealed interface Evidence {
    }

    /** The variant has no runs (expolu:report with records missing): nothing to compare. */
    public record NoRuns() implements Evidence {
    }

    /** A two-sided Mann-Whitney test. */
    public record Difference(TwoSidedMannWhitney test) implements Evidence {
    }

    /** Two one-sided Mann-Whitney tests on the shift; for losses on log10 of the values. */
    public record Shift(ShiftEquivalence test) implements Evidence {
    }

    /**
     * The shares that converged, by Newcombe's interval of their difference at 1 - 2 pValue.
     *
     * @param possible whether any outcome of these many runs could give an interval inside the margin
     */
    public record Shares(NewcombeInterval interval, boolean possible) implements Evidence {
    }

    public static AgreementVerdict of(Agreement claim, List<RunRecord> runs, ReferenceRuns reference) {
        double[] ours = runs.stream().mapToDouble(r -> value(claim.metric(), r.curve())).toArray();
        double[] theirs = reference.runs().stream().map(ReferenceRun::curve).mapToDouble(c -> value(claim.metric(), c))
                .toArray();
        return new AgreementVerdict(claim, reference.describe(), ours, theirs, evidence(claim, ours, theirs));
    }

    private static double value(Metric metric, LossCurve curve) {
        if (curve.divergedAt().isPresent()) {
            return metric instanceof Metric.Converged ? 0 : Double.POSITIVE_INFINITY;
        }
        return metric.of(curve).orElse(Double.POSITIVE_INFINITY);
    }

    private static Evidence evidence(Agreement claim, double[] ours, double[] theirs) {
        if (ours.length == 0 || theirs.length == 0) {
            return new NoRuns();
        }
        if (claim.test() == Agreement.Test.MANN_WHITNEY) {
            return new Difference(TwoSidedMannWhitney.of(ours, theirs));
        }
        double margin = claim.margin().orElseThrow();
        if (claim.metric() instanceof Metric.Converged) {
            int s1 = (int) Arrays.stream(ours).sum();
            int s2 = (int) Arrays.stream(theirs).sum();
            return new Shares(NewcombeInterval.forEquivalence(s1, ours.length, s2, theirs.length, claim.pValue()),
                    possible(ours.length, theirs.length, margin, claim.pValue()));
        }
        boolean log = claim.metric() instanceof Metric.FinalLoss || claim.metric() instanceof Metric.MinLoss;
        return new Shift(ShiftEquivalence.of(log ? log10(ours) : ours, log ? log10(theirs) : theirs, margin));
    }

    /** Whether some outcome of n1 and n2 runs gives an interval inside the margin. */
    private static boolean possible(int n1, int n2, double margin, double alpha) {
        if ((long) n1 * n2 > 1_000_000) {
            return true;
        }
        for (int s1 = 0; s1 <= n1; s1++) {
            for (int s2 = 0; s2 <= n2; s2++) {
                if (NewcombeInterval.forEquivalence(s1, n1, s2, n2, alpha).inside(margin)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] log10(double[] values) {
        return Arrays.stream(values).map(Math::log10).toArray();
    }

    /**
     * Whether the data bear the claim out: no evidence of a difference where a difference could have
     * shown, or equivalence shown; never where the variant has no runs.
     */
    public boolean holds() {
        double alpha = claim.pValue();
        if (evidence instanceof Difference d) {
            return d.test().smallestP() <= alpha && d.test().pValue() > alpha;
        }
        if (evidence instanceof Shift s) {
            return s.test().pValue() <= alpha;
        }
        return evidence instanceof Shares s && s.interval().inside(claim.margin().orElseThrow());
    }

    /** Whether the runs are too few (or too tied) for any outcome to bear the claim out or refute it. */
    public boolean showsNothing() {
        double alpha = claim.pValue();
        if (evidence instanceof Difference d) {
            return d.test().smallestP() > alpha;
        }
        if (evidence instanceof Shift s) {
            return s.test().smallestP() > alpha;
        }
        return evidence instanceof Shares s && !s.possible();
    }

    /**
     * "roundsTo(1e-3) agrees between expolu and its reference (PyTorch, 5 runs): p = 0.594 > 0.05
     * two-sided, no evidence of a difference (Mann-Whitney U = 30 of 50, exact; medians 183 and 252; the
     * smallest p these runs allow: 6.66e-4)", and the like for an equivalence, runs too few or none.
     */
    public String describe() {
        String between = " between " + claim.variant() + " and its reference (" + reference + ")";
        String m = claim.metric().toString();
        String alpha = Bound.format(claim.pValue());
        if (evidence instanceof NoRuns) {
            return m + between + ": no runs of " + claim.variant() + " to compare";
        }
        if (evidence instanceof Difference d) {
            TwoSidedMannWhitney t = d.test();
            String detail = "Mann-Whitney U = " + Bound.format(t.u()) + " of " + t.sizeA() * t.sizeB() + ", "
                    + (t.exact() ? "exact" : "normal approximation") + "; " + figures();
            if (showsNothing()) {
                return m + between + " shows nothing: the smallest two-sided p that " + t.sizeA() + " and " + t.sizeB()
                        + " runs with these ties allow is " + Bound.format(t.smallestP()) + ", more than " + alpha
                        + ", so no difference could show; expected more runs (p = " + Bound.format(t.pValue()) + ", "
                        + detail + ")";
            }
            return holds()
                    ? m + " agrees" + between + ": p = " + Bound.format(t.pValue()) + " > " + alpha + " two-sided, no"
                            + " evidence of a difference (" + detail + "; the smallest p these runs allow: "
                            + Bound.format(t.smallestP()) + ")"
                    : m + " differs" + between + ": p = " + Bound.format(t.pValue()) + " two-sided, but expected p > "
                            + alpha + " for no evidence of a difference (" + detail + ")";
        }
        String within = " within " + margin();
        if (evidence instanceof Shift s) {
            ShiftEquivalence t = s.test();
            boolean log = claim.marginUnit().equals("decades");
            String detail = "two one-sided Mann-Whitney tests" + (log ? " on log10 of the losses" : "") + ": p = "
                    + Bound.format(t.pBelow()) + " below, " + Bound.format(t.pAbove()) + " above, "
                    + (t.exact() ? "exact" : "normal approximation")
                    + (Double.isNaN(t.shift()) ? "" : "; shift " + signed(t.shift()) + " " + claim.marginUnit())
                    + "; " + figures();
            if (showsNothing()) {
                return m + within + between + " shows nothing: the smallest p that two one-sided tests on "
                        + ours.length + " and " + theirs.length + " runs allow is " + Bound.format(t.smallestP())
                        + ", more than " + alpha + ", so no equivalence could show; expected more runs (p = "
                        + Bound.format(t.pValue()) + ", " + detail + ")";
            }
            return holds()
                    ? m + " equal" + within + between + ": p = " + Bound.format(t.pValue()) + " <= " + alpha + " ("
                            + detail + ")"
                    : m + " not shown equal" + within + between + ": p = " + Bound.format(t.pValue())
                            + ", but expected p <= " + alpha + " (" + detail + ")";
        }
        Shares s = (Shares) evidence;
        String level = String.format(Locale.ROOT, "%.0f%%", 100 * (1 - 2 * claim.pValue()));
        String interval = "the " + level + " Newcombe interval of the difference, " + signed(s.interval().low()) + " to "
                + signed(s.interval().high()) + ", ";
        String detail = "two one-sided tests at " + alpha + "; " + figures();
        if (showsNothing()) {
            return m + within + between + " shows nothing: with " + ours.length + " and " + theirs.length + " runs no"
                    + " outcome gives a " + level + " interval inside +-" + Bound.format(claim.margin().orElseThrow())
                    + ", so no equivalence could show; expected more runs (" + interval + detail + ")";
        }
        return holds()
                ? m + " equal" + within + between + ": " + interval + "lies inside +-"
                        + Bound.format(claim.margin().orElseThrow()) + " (" + detail + ")"
                : m + " not shown equal" + within + between + ": " + interval + "reaches beyond +-"
                        + Bound.format(claim.margin().orElseThrow()) + " (" + detail + ")";
    }

    /** "0.5 decades", "30 rounds", "a share of 0.2". */
    private String margin() {
        String value = Bound.format(claim.margin().orElseThrow());
        return claim.marginUnit().equals("share") ? "a share of " + value : value + " " + claim.marginUnit();
    }

    /** "medians 183 and 252", or for converged "10 of 10 and 5 of 5 converged". */
    private String figures() {
        if (claim.metric() instanceof Metric.Converged) {
            return (int) Arrays.stream(ours).sum() + " of " + ours.length + " and " + (int) Arrays.stream(theirs).sum()
                    + " of " + theirs.length + " converged";
        }
        return "medians " + figure(Median.of(ours)) + " and " + figure(Median.of(theirs));
    }

    private String figure(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return claim.metric() instanceof Metric.RoundsTo ? "never" : "diverged";
        }
        return Bound.format(value);
    }

    private static String signed(double value) {
        String text = Bound.format(value);
        return value > 0 ? "+" + text : text;
    }
}
