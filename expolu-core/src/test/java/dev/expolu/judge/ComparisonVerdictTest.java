package dev.expolu.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonVerdictTest {

    private static final Comparison FINAL = new Comparison(new Metric.FinalLoss(), "expolu", "relu", 0.05);

    private static final List<RunRecord> LOW = List.of(JudgeTest.run(1, 5, 1e-3), JudgeTest.run(2, 5, 2e-3),
            JudgeTest.run(3, 5, 3e-3), JudgeTest.run(4, 5, 4e-3));
    private static final List<RunRecord> HIGH = List.of(JudgeTest.run(1, 5, 1), JudgeTest.run(2, 5, 2),
            JudgeTest.run(3, 5, 3), JudgeTest.run(4, 5, 4));

    @Test
    void separatedSamplesShowTheClaim() {
        ComparisonVerdict verdict = ComparisonVerdict.of(FINAL, LOW, HIGH);
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).isEqualTo("finalLoss lower in expolu than in relu: p = 0.0143 <= 0.05"
                + " (Mann-Whitney U = 16 of 16, exact; medians 2.5e-3 and 2.5)");
    }

    @Test
    void aRunThatDoesNotReportTheCurveShowsNothingAndIsNamed() {
        Comparison accuracy = new Comparison(new Metric.Final("accuracy"), "expolu", "relu", 0.05, true);
        List<RunRecord> reporting = List.of(accurate(1, 0.9), accurate(2, 0.91), accurate(3, 0.92), accurate(4, 0.93));
        List<RunRecord> oneWithout = List.of(accurate(1, 0.1), JudgeTest.run(2, 5, 1), accurate(3, 0.1),
                accurate(4, 0.1));

        ComparisonVerdict verdict = ComparisonVerdict.of(accuracy, reporting, oneWithout);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).isEqualTo("final(accuracy) higher in expolu than in relu: nothing to compare,"
                + " relu's seed 2 reports no accuracy, only [loss]; expected runs that report accuracy");
        assertThat(ComparisonVerdict.of(accuracy, reporting, List.of(accurate(1, 0.1), accurate(2, 0.1),
                accurate(3, 0.1), accurate(4, 0.1))).holds()).as("the same runs, each reporting it").isTrue();
    }

    private static RunRecord accurate(long seed, double accuracy) {
        RunRecord run = JudgeTest.run(seed, 5, 1);
        return RunRecord.of("e", "v", seed, new LossCurve(new double[] {5, 1}, List.of(new MetricCurve("accuracy", true,
                new double[] {0, accuracy}))), 1, "e.yaml", "00", Map.of(), run.provenance());
    }

    @Test
    void aDivergedRunCountsAsTheWorst() {
        List<RunRecord> diverged = List.of(JudgeTest.run(1, 5, Double.NaN), JudgeTest.run(2, 5, Double.NaN),
                JudgeTest.run(3, 5, 1e-9, Double.POSITIVE_INFINITY), JudgeTest.run(4, 5, Double.NaN));

        ComparisonVerdict verdict = ComparisonVerdict.of(FINAL, LOW, diverged);

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).isEqualTo("finalLoss lower in expolu than in relu: p = 0.0143 <= 0.05"
                + " (Mann-Whitney U = 16 of 16, exact; medians 2.5e-3 and diverged)");
        assertThat(ComparisonVerdict.of(FINAL, diverged, LOW).holds()).isFalse();
    }

    @Test
    void noRunsOnOneSideShowNothingAndSaySo() {
        ComparisonVerdict verdict = ComparisonVerdict.of(FINAL, LOW, List.of());
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).isEqualTo("finalLoss lower in expolu than in relu: no runs of relu to compare");
        assertThat(ComparisonVerdict.of(FINAL, List.of(), HIGH).describe()).endsWith(": no runs of expolu to compare");
        assertThat(ComparisonVerdict.of(FINAL, List.of(), List.of()).describe())
                .endsWith(": no runs of expolu and relu to compare");
    }

    private static final Comparison ACCURACY = new Comparison(new Metric.Final("accuracy"), "expolu", "relu", 0.05,
            true);

    /** A run whose loss ends at {@code loss} and whose accuracy ends at {@code accuracy}. */
    private static RunRecord accurate(long seed, double loss, double accuracy) {
        return RunRecord.of("e", "v", seed, new LossCurve(new double[] {1, loss},
                List.of(new MetricCurve("accuracy", true, new double[] {0.5, accuracy}))), 1, "e.yaml", "00", Map.of(),
                new Provenance("0", "0", "fused", "jvm", "float32", 1, "c0de", "17", "Linux", "amd64"));
    }

    private static final List<RunRecord> ACCURATE = List.of(accurate(1, 0.1, 0.95), accurate(2, 0.1, 0.96),
            accurate(3, 0.1, 0.97), accurate(4, 0.1, 0.98));
    private static final List<RunRecord> INACCURATE = List.of(accurate(1, 0.1, 0.6), accurate(2, 0.1, 0.7),
            accurate(3, 0.1, 0.8), accurate(4, 0.1, 0.9));

    @Test
    void aMetricThatIsBetterHigherIsJudgedHigherAndTheVerdictNamesIt() {
        ComparisonVerdict verdict = ComparisonVerdict.of(ACCURACY, ACCURATE, INACCURATE);

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).isEqualTo("final(accuracy) higher in expolu than in relu: p = 0.0143 <= 0.05"
                + " (Mann-Whitney U = 16 of 16, exact; medians 0.965 and 0.75)");
        assertThat(ComparisonVerdict.of(ACCURACY, INACCURATE, ACCURATE).describe()).isEqualTo("final(accuracy)"
                + " higher in expolu than in relu: p = 1, but expected p <= 0.05 (Mann-Whitney U = 0 of 16, exact;"
                + " medians 0.75 and 0.965)");
    }

    @Test
    void aDivergedRunIsTheWorstOfAMetricThatIsBetterHigher() {
        List<RunRecord> diverged = List.of(accurate(1, Double.NaN, 0.99), accurate(2, Double.NaN, 0.99),
                accurate(3, Double.NaN, 0.99), accurate(4, Double.NaN, 0.99));

        assertThat(ComparisonVerdict.of(ACCURACY, INACCURATE, diverged).holds()).isTrue();
        assertThat(ComparisonVerdict.of(ACCURACY, diverged, INACCURATE).describe()).endsWith("medians diverged"
                + " and 0.75)");
    }
}
