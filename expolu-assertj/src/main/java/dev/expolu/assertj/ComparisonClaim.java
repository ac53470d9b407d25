package dev.expolu.assertj;

import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;

/**
 * A comparison of two variants on a metric, in its direction, awaiting its level:
 * {@code withPValueAtMost(0.01)}, the file's {@code pValue}. The claim holds where a one-sided
 * Mann-Whitney U test over the seeds gives {@code p <= pValue}, as in the plugin.
 */
public final class ComparisonClaim {

    private final VariantResultAssert owner;
    private final Metric metric;
    private final String lower;
    private final String than;
    private final boolean higherIsBetter;

    ComparisonClaim(VariantResultAssert owner, Metric metric, String lower, String than) {
        this(owner, metric, lower, than, false);
    }

    ComparisonClaim(VariantResultAssert owner, Metric metric, String better, String than, boolean higherIsBetter) {
        this.owner = owner;
        this.metric = metric;
        this.lower = better;
        this.than = than;
        this.higherIsBetter = higherIsBetter;
    }

    /** Checks that the seeds show the claim with {@code p <= pValue}. */
    public VariantResultAssert withPValueAtMost(double pValue) {
        return owner.shows(new Comparison(metric, lower, than, Claims.level(pValue), higherIsBetter));
    }
}
