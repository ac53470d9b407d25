package dev.expolu.judge;

import dev.expolu.training.LossCurve;
import java.util.OptionalDouble;

/** What an expectation measures on one run's loss curve. */
public sealed interface Metric {

    /** The value for {@code curve}; empty where the metric never happened (roundsTo: never). */
    OptionalDouble of(LossCurve curve);

    /** The name of the curve it reads: {@code loss}, or one a run reports beside it, such as {@code accuracy}. */
    default String curve() {
        return "loss";
    }

    /**
     * Empty where {@code run} reports the curve this metric reads; else why not, naming the curve and
     * those it does report: "reports no accuracy, only [loss]".
     */
    default java.util.Optional<String> unreportedBy(LossCurve run) {
        return run.metric(curve()).isPresent() ? java.util.Optional.empty()
                : java.util.Optional.of("reports no " + curve() + ", only " + run.names());
    }

    /** The loss of the last round. */
    record FinalLoss() implements Metric {
        @Override
        public OptionalDouble of(LossCurve curve) {
            return OptionalDouble.of(curve.finalLoss());
        }

        @Override
        public String toString() {
            return "finalLoss";
        }
    }

    /** The lowest round loss. */
    record MinLoss() implements Metric {
        @Override
        public OptionalDouble of(LossCurve curve) {
            return OptionalDouble.of(curve.minLoss());
        }

        @Override
        public String toString() {
            return "minLoss";
        }
    }

    /** The rounds it took until a round's loss was at most {@code loss}. */
    record RoundsTo(double loss) implements Metric {
        @Override
        public OptionalDouble of(LossCurve curve) {
            var rounds = curve.roundsTo(loss);
            return rounds.isPresent() ? OptionalDouble.of(rounds.getAsInt()) : OptionalDouble.empty();
        }

        @Override
        public String toString() {
            return "roundsTo(" + Bound.format(loss) + ")";
        }
    }

    /**
     * The rounds it took until a round's value of a named curve first reached {@code value} in the
     * curve's direction ({@code roundsTo: {metric: accuracy, value: 0.9}}): at least it for an accuracy,
     * at most it for a loss; empty where it never did, or the run does not report the curve.
     */
    record RoundsToValue(String curve, double value) implements Metric {
        @Override
        public OptionalDouble of(LossCurve run) {
            var rounds = run.metric(curve).map(m -> m.roundsTo(value)).orElse(java.util.OptionalInt.empty());
            return rounds.isPresent() ? OptionalDouble.of(rounds.getAsInt()) : OptionalDouble.empty();
        }

        @Override
        public String toString() {
            return "roundsTo(" + curve + ", " + Bound.format(value) + ")";
        }
    }

    /**
     * The last round's value of a curve the run reports beside its loss ({@code final: {metric:
     * accuracy}}); empty where the run does not report it.
     */
    record Final(String curve) implements Metric {
        @Override
        public OptionalDouble of(LossCurve run) {
            return run.metric(curve).map(m -> OptionalDouble.of(m.last())).orElse(OptionalDouble.empty());
        }

        @Override
        public String toString() {
            return "final(" + curve + ")";
        }
    }

    /** The best round's value of a named curve, by its direction: the highest accuracy, the lowest loss. */
    record Best(String curve) implements Metric {
        @Override
        public OptionalDouble of(LossCurve run) {
            return run.metric(curve).map(m -> OptionalDouble.of(m.best())).orElse(OptionalDouble.empty());
        }

        @Override
        public String toString() {
            return "best(" + curve + ")";
        }
    }

    /**
     * Whether a round's loss got to at most {@code loss}: 1 where it did, 0 where it never did. Over
     * the seeds, its mean is the share that converged. Used by {@code agree} claims.
     */
    record Converged(double loss) implements Metric {
        @Override
        public OptionalDouble of(LossCurve curve) {
            return OptionalDouble.of(curve.roundsTo(loss).isPresent() ? 1 : 0);
        }

        @Override
        public String toString() {
            return "converged(" + Bound.format(loss) + ")";
        }
    }
}
