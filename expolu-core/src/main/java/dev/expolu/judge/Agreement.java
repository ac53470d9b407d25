package dev.expolu.judge;

import java.util.OptionalDouble;

/**
 * A claim that a variant's runs and its reference runs (curves produced elsewhere) agree on a metric,
 * by a stated test. The experiment file's {@code agree: [{metric: {roundsTo: 1.0e-3}, variant: expolu,
 * test: mannWhitney, pValue: 0.05}, {metric: finalLoss, variant: expolu, test: equivalence, margin:
 * {decades: 0.5}}]}.
 *
 * @param metric  finalLoss, minLoss, roundsTo or converged (the share of runs that got to a loss)
 * @param variant the variant whose runs and reference runs are compared
 * @param test    {@link Test#MANN_WHITNEY}: no evidence of a difference at {@code pValue};
 *                {@link Test#EQUIVALENCE}: shown equal within {@code margin} at {@code pValue}
 * @param pValue  the level, more than 0 and less than 1
 * @param margin  for an equivalence, in the metric's own unit ({@link #marginUnit()}); empty otherwise
 */
public record Agreement(Metric metric, String variant, Test test, double pValue, OptionalDouble margin) {

    /** How the runs are compared. */
    public enum Test {
        MANN_WHITNEY("mannWhitney"),
        EQUIVALENCE("equivalence");

        private final String id;

        Test(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * What an equivalence margin counts for this metric: {@code decades} of loss (finalLoss, minLoss,
     * compared as log10), {@code rounds} (roundsTo) or {@code share} (converged, a difference of shares).
     */
    public String marginUnit() {
        return marginUnit(metric);
    }

    public static String marginUnit(Metric metric) {
        if (metric instanceof Metric.RoundsTo) {
            return "rounds";
        }
        return metric instanceof Metric.Converged ? "share" : "decades";
    }

    /** "roundsTo(1e-3) of expolu and its reference (mannWhitney)", a test case's name. */
    @Override
    public String toString() {
        return metric + " of " + variant + " and its reference (" + test.id()
                + (margin.isPresent() ? " within " + Bound.format(margin.getAsDouble()) + " " + marginUnit() : "") + ")";
    }
}
