package dev.expolu.assertj;

import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;

/**
 * A comparison of two variants awaiting its level: {@code withPValueAtMost(0.01)}, the file's
 * {@code pValue}. The claim holds where a one-sided Mann-Whitney U test over the seeds gives
 * {@code p <= pValue}, as in the plugin.
 */
public final class ComparisonClaim {

    private final VariantResultAssert owner;
    private final Metric metric;
    private final String lower;
    private final String than;

    ComparisonClaim(VariantResultAssert owner, Metric metric, String lower, String than) {
        this.owner = owner;
        this.metric = metric;
        this.lower = lower;
        this.than = than;
    }

    /** Checks that the seeds show the claim with {@code p <= pValue}. */
    public VariantResultAssert withPValueAtMost(double pValue) {
        return owner.shows(new Comparison(metric, lower, than, Claims.level(pValue)));
    }
}
