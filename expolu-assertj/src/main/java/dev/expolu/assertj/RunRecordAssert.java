package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import dev.expolu.record.RunRecord;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractDoubleArrayAssert;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * Claims about one run (a variant with one seed):
 *
 * <pre>{@code
 * assertThat(result.run("expolu", 3)).finalLoss().isLessThan(1e-7);
 * assertThat(result.run("relu", 3)).roundsTo(1e-3).atLeast(150);
 * }</pre>
 *
 * Its losses are AssertJ's double assertions; {@code roundsTo} is the core's metric, judged by the
 * core's judge, so a loss never reached is "never" as in the plugin.
 */
public class RunRecordAssert extends AbstractAssert<RunRecordAssert, RunRecord> {

    /** How assertions reached from this one are made: hard, or soft as this one. */
    Navigator navigator = Navigator.HARD;

    public RunRecordAssert(RunRecord actual) {
        super(actual, RunRecordAssert.class);
    }

    /** The last round's loss. */
    public AbstractDoubleAssert<?> finalLoss() {
        isNotNull();
        return navigator.number(actual.finalLoss()).as("finalLoss of %s", actual.id());
    }

    /** The lowest round loss. */
    public AbstractDoubleAssert<?> minLoss() {
        isNotNull();
        return navigator.number(actual.minLoss()).as("minLoss of %s", actual.id());
    }

    /** The loss of every round, in order. */
    public AbstractDoubleArrayAssert<?> losses() {
        isNotNull();
        return navigator.numbers(actual.losses()).as("losses of %s", actual.id());
    }

    /** The rounds until a round's loss is at most {@code loss}; the bound follows and checks it. */
    public MetricClaim<RunRecordAssert> roundsTo(double loss) {
        isNotNull();
        return new MetricClaim<>((Bound bound) -> meets(new Expectation(new Metric.RoundsTo(loss), bound,
                OptionalInt.empty())));
    }

    /** Checks one expectation, a value of the core's judge, on this run alone. */
    public RunRecordAssert meets(Expectation expectation) {
        isNotNull();
        Claims.missed(actual.id(), expectation, List.of(actual)).ifPresent(m -> failWithMessage("%s", m));
        return myself;
    }
}
