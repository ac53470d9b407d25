package dev.expolu.judge;

import dev.expolu.training.LossCurve;
import java.util.Optional;

/**
 * A value a run's curve may reach: a loss at most {@code 1e-3}, an accuracy at least {@code 0.9}. What a
 * sweep's {@code rate} claims count and its phase diagram draws ({@link Reached}).
 *
 * @param curve          the curve: {@code loss}, or one a run reports beside it
 * @param value          the value to reach
 * @param higherIsBetter the curve's direction: reached at least the value where true, at most it where false
 */
public record Target(String curve, double value, boolean higherIsBetter) {

    /** A loss at most {@code loss}. */
    public static Target loss(double loss) {
        return new Target("loss", loss, false);
    }

    /** The rounds until the curve first reaches the value: what is counted as reached where present. */
    public Metric rounds() {
        return curve.equals("loss") ? new Metric.RoundsTo(value) : new Metric.RoundsToValue(curve, value);
    }

    /** Whether some round of {@code run} reached the value; where the run does not report the curve, no. */
    public boolean reachedBy(LossCurve run) {
        return rounds().of(run).isPresent();
    }

    /** Empty where {@code run} reports the curve; else why not: "reports no accuracy, only [loss]". */
    public Optional<String> unreportedBy(LossCurve run) {
        return rounds().unreportedBy(run);
    }

    /** "loss <= 1e-3", "accuracy >= 0.9". */
    @Override
    public String toString() {
        return curve + (higherIsBetter ? " >= " : " <= ") + Bound.format(value);
    }
}
