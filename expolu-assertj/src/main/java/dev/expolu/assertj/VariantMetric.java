package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Metric;
import java.util.function.Function;

/**
 * A variant's metric, awaiting its bound ({@code last("accuracy").atLeast(0.9)}) or the variant it is
 * compared with: {@code last("accuracy").isBetterThan("relu").withPValueAtMost(0.01)}, the file's
 * {@code compare: [{metric: {final: accuracy}, better: expolu, than: relu}]}.
 */
public final class VariantMetric extends MetricClaim<SeedCount> {

    private final VariantResultAssert owner;
    private final Metric metric;

    VariantMetric(VariantResultAssert owner, Metric metric, Function<Bound, SeedCount> then) {
        super(then);
        this.owner = owner;
        this.metric = metric;
    }

    /**
     * Better over the seeds than in {@code other}, in the metric's own direction: higher for a curve
     * reported better higher (an accuracy), lower for a loss, fewer for rounds; the level follows. A
     * run that does not report the curve fails the claim, naming what it does report.
     *
     * @throws IllegalArgumentException where {@code other} is not one of the experiment's variants, or
     *                                  this variant's runs do not report the curve
     */
    public ComparisonClaim isBetterThan(String other) {
        return owner.comparing(metric, other);
    }
}
