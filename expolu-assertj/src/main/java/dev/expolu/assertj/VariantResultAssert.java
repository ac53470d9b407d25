package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Claims about a variant's runs over its seeds, each judged as the plugin judges the file's
 * {@code expect} and {@code compare}, failing with the plugin's line and every seed's figure:
 *
 * <pre>{@code
 * assertThat(result.variant("expolu")).reachesLoss(1e-3).withinRounds(150).inAtLeast(8).seeds();
 * assertThat(result.variant("expolu")).finalLoss().atMost(1e-7).inEverySeed();
 * assertThat(result).variant("expolu").reachesLoss(1e-3).fasterThan("relu").withPValueAtMost(0.01);
 * assertThat(result).variant("expolu").last("accuracy").isBetterThan("relu").withPValueAtMost(0.01);
 * }</pre>
 *
 * A comparison names the other variant, so it needs the assertion reached from the experiment's
 * ({@code assertThat(result).variant("expolu")}).
 */
public class VariantResultAssert extends AbstractAssert<VariantResultAssert, VariantResult> {

    /** How assertions reached from this one are made: hard, or soft as this one. */
    Navigator navigator = Navigator.HARD;

    /** The experiment's variants, for comparisons; empty where this assertion was made from the variant alone. */
    List<VariantResult> siblings = List.of();

    public VariantResultAssert(VariantResult actual) {
        super(actual, VariantResultAssert.class);
    }

    /**
     * Checks every expectation the file (or the builder) states for this variant: the plugin's line of
     * each one missed, with every seed's figure.
     */
    public VariantResultAssert meetsItsExpectations() {
        isNotNull();
        String misses = actual.variant().expectations().stream()
                .flatMap(e -> Claims.missed(actual.id(), e, actual.runs()).stream())
                .collect(Collectors.joining(System.lineSeparator()));
        if (!misses.isEmpty()) {
            failWithMessage("%s", misses);
        }
        return myself;
    }

    /** Checks one expectation, a value of the core's judge, as the file would state it. */
    public VariantResultAssert meets(Expectation expectation) {
        isNotNull();
        Claims.missed(actual.id(), expectation, actual.runs()).ifPresent(m -> failWithMessage("%s", m));
        return myself;
    }

    /** {@code finalLoss}, the last round's loss; the bound and the seeds, or another variant, follow. */
    public VariantMetric finalLoss() {
        return claim(new Metric.FinalLoss());
    }

    /** {@code minLoss}, the lowest round loss; the bound and the seeds, or another variant, follow. */
    public VariantMetric minLoss() {
        return claim(new Metric.MinLoss());
    }

    /** {@code roundsTo}, the rounds until a round's loss is at most {@code loss}; the bound and the seeds follow. */
    public VariantMetric roundsTo(double loss) {
        return claim(new Metric.RoundsTo(loss));
    }

    /**
     * {@code roundsTo: {metric: name, value: v}}, the rounds until a round's value of a curve first reaches
     * {@code value} in the curve's direction; the bound and the seeds, or another variant, follow.
     */
    public VariantMetric roundsTo(String metric, double value) {
        return claim(new Metric.RoundsToValue(metric, value));
    }

    /**
     * {@code final: {metric: name}}, the last round's value of a curve the runs report beside their
     * loss ({@code accuracy}); the bound and the seeds, or another variant, follow.
     */
    public VariantMetric last(String metric) {
        return claim(new Metric.Final(metric));
    }

    /** {@code best: {metric: name}}, a curve's best round by its direction; the bound and the seeds follow. */
    public VariantMetric best(String metric) {
        return claim(new Metric.Best(metric));
    }

    /** Reaching {@code loss}: within some rounds, or faster than another variant. */
    public LossClaim reachesLoss(double loss) {
        isNotNull();
        return new LossClaim(this, actual.variant().name(), loss);
    }

    /** A lower final loss than {@code other} over the seeds; the level follows. */
    public ComparisonClaim hasLowerFinalLossThan(String other) {
        isNotNull();
        return new ComparisonClaim(this, new Metric.FinalLoss(), actual.variant().name(), other);
    }

    /** A lower best loss than {@code other} over the seeds; the level follows. */
    public ComparisonClaim hasLowerMinLossThan(String other) {
        isNotNull();
        return new ComparisonClaim(this, new Metric.MinLoss(), actual.variant().name(), other);
    }

    /**
     * Checks a comparison, a value of the core's judge, whose {@code better} is this variant.
     *
     * @throws IllegalArgumentException where {@code better} is another variant, or {@code than} is
     *                                  not one of the experiment's
     */
    public VariantResultAssert shows(Comparison comparison) {
        isNotNull();
        if (!comparison.better().equals(actual.variant().name())) {
            throw new IllegalArgumentException("The comparison's better is " + comparison.better() + ", but this is "
                    + actual.id());
        }
        Claims.notShown(comparison, actual, other(comparison.than())).ifPresent(m -> failWithMessage("%s", m));
        return myself;
    }

    /** The run with {@code seed}. */
    public RunRecordAssert run(long seed) {
        isNotNull();
        RunRecord run = actual.runs().stream().filter(r -> r.seed() == seed).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(actual.id() + " has no seed " + seed
                        + "; expected one of " + actual.variant().seeds()));
        return navigator.run(run);
    }

    private VariantMetric claim(Metric metric) {
        isNotNull();
        return new VariantMetric(this, metric, (Bound bound) -> new SeedCount(this,
                (OptionalInt seeds) -> new Expectation(metric, bound, seeds)));
    }

    /**
     * {@code metric} better here than in {@code other}: in the direction this variant's runs report the
     * curve (a value of a curve, as the file's {@code final} and {@code best}), fewer for rounds.
     */
    ComparisonClaim comparing(Metric metric, String other) {
        isNotNull();
        other(other);
        boolean higher = false;
        if (metric instanceof Metric.Final || metric instanceof Metric.Best) {
            var curves = actual.variant().setup().curves();
            if (!curves.containsKey(metric.curve())) {
                throw new IllegalArgumentException(metric + ", but " + actual.id() + "'s runs report "
                        + curves.keySet() + "; expected one of those");
            }
            higher = curves.get(metric.curve());
        }
        return new ComparisonClaim(this, metric, actual.variant().name(), other, higher);
    }

    private VariantResult other(String name) {
        if (siblings.isEmpty()) {
            throw new IllegalArgumentException("A comparison with " + name + " needs its runs: assert on"
                    + " assertThat(result).variant(\"" + actual.variant().name() + "\"), not on the variant alone");
        }
        return siblings.stream().filter(v -> v.variant().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(actual.experiment().name() + " has no variant '"
                        + name + "'; expected one of " + siblings.stream().map(v -> v.variant().name()).toList()));
    }
}
