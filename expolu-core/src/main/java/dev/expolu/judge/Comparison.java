package dev.expolu.judge;

/**
 * A claim about two variants: their metric's values over the seeds are lower in {@code lower} than
 * in {@code than}, shown by a one-sided Mann-Whitney U test at {@code pValue}. The experiment file's
 * {@code compare: [{metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.05}]}.
 */
public record Comparison(Metric metric, String lower, String than, double pValue) {

    @Override
    public String toString() {
        return metric + " lower in " + lower + " than in " + than;
    }
}
