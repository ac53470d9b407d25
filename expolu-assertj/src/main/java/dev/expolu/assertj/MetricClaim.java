package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import java.util.function.Function;

/**
 * A metric awaiting its bound: {@code finalLoss().atMost(1e-7)}, {@code roundsTo(1e-3).atLeast(150)},
 * the file's {@code atMost} and {@code atLeast}. A metric never reached (roundsTo a loss the run
 * never got to) counts as infinite: it meets {@code atLeast}, misses {@code atMost}.
 *
 * @param <NEXT> what follows the bound: how many seeds, for a variant; the run's assertion, for a run
 * @see VariantMetric a variant's metric, which may also be compared with another variant's
 */
public class MetricClaim<NEXT> {

    private final Function<Bound, NEXT> then;

    MetricClaim(Function<Bound, NEXT> then) {
        this.then = then;
    }

    /** At most {@code value}. */
    public final NEXT atMost(double value) {
        return then.apply(new Bound(Bound.Kind.AT_MOST, value));
    }

    /** At least {@code value}. */
    public final NEXT atLeast(double value) {
        return then.apply(new Bound(Bound.Kind.AT_LEAST, value));
    }
}
