package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;

/**
 * {@code reachesLoss(1e-3)}, awaiting by when ({@code withinRounds(150)}, the file's
 * {@code roundsTo: {loss: 1.0e-3, atMost: 150}}) or against which variant
 * ({@code fasterThan("relu")}, the file's {@code compare} on {@code roundsTo}).
 */
public final class LossClaim {

    private final VariantResultAssert owner;
    private final String variant;
    private final Metric.RoundsTo metric;

    LossClaim(VariantResultAssert owner, String variant, double loss) {
        this.owner = owner;
        this.variant = variant;
        this.metric = new Metric.RoundsTo(loss);
    }

    /** In at most {@code rounds} rounds; how many seeds follows. */
    public SeedCount withinRounds(int rounds) {
        return new SeedCount(owner, seeds -> new Expectation(metric, new Bound(Bound.Kind.AT_MOST, rounds), seeds));
    }

    /** In fewer rounds than {@code variant}, over the seeds; the level follows. */
    public ComparisonClaim fasterThan(String other) {
        return new ComparisonClaim(owner, metric, variant, other);
    }
}
