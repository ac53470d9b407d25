package dev.expolu.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.RunRecord;
import java.util.List;
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
}
