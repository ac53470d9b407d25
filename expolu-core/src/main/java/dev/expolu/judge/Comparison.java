package dev.expolu.judge;

/**
 * A claim about two variants: their metric's values over the seeds are better in {@code better} than
 * in {@code than}, shown by a one-sided Mann-Whitney U test at {@code pValue}. The experiment file's
 * {@code compare: [{metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.05}]}, or
 * {@code [{metric: {final: accuracy}, better: expolu, than: relu}]}.
 *
 * @param higherIsBetter which way is better for the metric's values: higher for an accuracy's, lower for
 *                       a loss's and for rounds
 */
public record Comparison(Metric metric, String better, String than, double pValue, boolean higherIsBetter) {

    /** A claim on a metric that is better lower: a loss, or rounds. */
    public Comparison(Metric metric, String lower, String than, double pValue) {
        this(metric, lower, than, pValue, false);
    }

    /** "finalLoss lower in expolu than in relu", "final(accuracy) higher in expolu than in relu". */
    @Override
    public String toString() {
        return metric + (higherIsBetter ? " higher" : " lower") + " in " + better + " than in " + than;
    }
}
