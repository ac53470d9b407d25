package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MetricCurveTest {

    @Test
    void roundsToCountsUntilTheValueIsFirstReachedInTheCurvesDirection() {
        double[] values = {0.5, 0.7, 0.9, 0.8, 0.95};
        MetricCurve accuracy = new MetricCurve("accuracy", true, values);
        MetricCurve error = new MetricCurve("error", false, values);

        assertThat(accuracy.roundsTo(0.9)).isEqualTo(OptionalInt.of(3));
        assertThat(accuracy.roundsTo(0.96)).isEmpty();
        assertThat(error.roundsTo(0.6)).isEqualTo(OptionalInt.of(1));
        assertThat(error.roundsTo(0.4)).isEmpty();
    }

    @Test
    void aNaNRoundReachesNothing() {
        MetricCurve accuracy = new MetricCurve("accuracy", true, new double[] {Double.NaN, 1});
        assertThat(accuracy.roundsTo(0.9)).isEqualTo(OptionalInt.of(2));
        assertThat(new MetricCurve("loss", false, new double[] {Double.NaN, 1}).roundsTo(2)).isEqualTo(OptionalInt.of(2));
    }
}
