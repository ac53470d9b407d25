package dev.expolu.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.RunRecord;
import dev.expolu.reference.ReferenceRun;
import dev.expolu.reference.ReferenceRuns;
import dev.expolu.training.LossCurve;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AgreementVerdictTest {

    private static final Agreement FINAL = new Agreement(new Metric.FinalLoss(), "expolu",
            Agreement.Test.MANN_WHITNEY, 0.05, OptionalDouble.empty());

    @Test
    void interleavedRunsAgreeAndSaySo() {
        AgreementVerdict verdict = AgreementVerdict.of(FINAL, ours(1, 3, 5, 7, 9), theirs(2, 4, 6, 8, 10));

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.showsNothing()).isFalse();
        // U = 5 + 4 + 3 + 2 + 1 = 15 of 25; 175 of the 252 splits lie at least 2.5 from 12.5
        assertThat(verdict.describe()).isEqualTo("finalLoss agrees between expolu and its reference (PyTorch, 5 runs):"
                + " p = 0.69 > 0.05 two-sided, no evidence of a difference (Mann-Whitney U = 15 of 25, exact; medians 5"
                + " and 6; the smallest p these runs allow: 7.94e-3)");
    }

    @Test
    void separatedRunsDiffer() {
        AgreementVerdict verdict = AgreementVerdict.of(FINAL, ours(1, 2, 3, 4, 5), theirs(6, 7, 8, 9, 10));

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).isEqualTo("finalLoss differs between expolu and its reference (PyTorch, 5 runs):"
                + " p = 7.94e-3 two-sided, but expected p > 0.05 for no evidence of a difference (Mann-Whitney U = 25"
                + " of 25, exact; medians 3 and 8)");
        // the other way round too: two-sided
        assertThat(AgreementVerdict.of(FINAL, ours(6, 7, 8, 9, 10), theirs(1, 2, 3, 4, 5)).holds()).isFalse();
    }

    @Test
    void runsTooFewToShowADifferenceShowNothingAndFail() {
        // 2 and 2 runs: whatever they did, p is at least 2/6
        AgreementVerdict verdict = AgreementVerdict.of(FINAL, ours(1, 2), theirs(1000, 2000));

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.showsNothing()).isTrue();
        assertThat(verdict.describe()).isEqualTo("finalLoss between expolu and its reference (PyTorch, 2 runs) shows"
                + " nothing: the smallest two-sided p that 2 and 2 runs with these ties allow is 0.333, more than 0.05,"
                + " so no difference could show; expected more runs (p = 0.333, Mann-Whitney U = 4 of 4, exact;"
                + " medians 1.5 and 1500)");
    }

    @Test
    void neverReachedAndDivergedCountAsInfinite() {
        Agreement rounds = new Agreement(new Metric.RoundsTo(1e-3), "relu", Agreement.Test.MANN_WHITNEY, 0.05,
                OptionalDouble.empty());
        List<RunRecord> ours = List.of(JudgeTest.run(1, 1, 1e-4), JudgeTest.run(2, 1, 1, 1e-4),
                JudgeTest.run(3, 1, 1, Double.NaN), JudgeTest.run(4, 1, 1, 1), JudgeTest.run(5, 1, 1, 1));
        ReferenceRuns theirs = new ReferenceRuns("", List.of(curve(1, 1e-4), curve(1, 1, 1e-4), curve(1, 1, 1),
                curve(1, 1, 1), curve(1, 1, 1)));

        AgreementVerdict verdict = AgreementVerdict.of(rounds, ours, theirs);

        assertThat(verdict.ours()).containsExactly(2, 3, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        assertThat(verdict.theirs()).isEqualTo(verdict.ours());
        assertThat(verdict.describe()).startsWith("roundsTo(1e-3) agrees between relu and its reference (5 runs): p = 1 >"
                + " 0.05").contains("medians never and never");
        Agreement converged = new Agreement(new Metric.Converged(1e-3), "relu", Agreement.Test.MANN_WHITNEY, 0.05,
                OptionalDouble.empty());
        assertThat(AgreementVerdict.of(converged, ours, theirs).ours()).containsExactly(1, 1, 0, 0, 0);
        assertThat(AgreementVerdict.of(converged, ours, theirs).describe()).contains("2 of 5 and 2 of 5 converged");
    }

    @Test
    void lossesAreShownEqualWithinAMarginInDecades() {
        // the reference twice as high in every run: 0.301 decades apart
        double[] losses = IntStream.range(0, 8).mapToDouble(i -> Math.pow(10, -8 + i / 4.0)).toArray();
        List<RunRecord> ours = ours(losses);
        ReferenceRuns theirs = theirs(Arrays.stream(losses).map(v -> 2 * v).toArray());

        AgreementVerdict within = AgreementVerdict.of(equivalence(new Metric.FinalLoss(), 1.5), ours, theirs);
        AgreementVerdict tight = AgreementVerdict.of(equivalence(new Metric.FinalLoss(), 0.2), ours, theirs);

        assertThat(within.holds()).isTrue();
        assertThat(within.describe()).startsWith("finalLoss equal within 1.5 decades between expolu and its reference"
                + " (PyTorch, 8 runs): p = ").contains("two one-sided Mann-Whitney tests on log10 of the losses",
                        "shift -0.301 decades");
        assertThat(tight.holds()).isFalse();
        assertThat(tight.showsNothing()).isFalse();
        assertThat(tight.describe()).startsWith("finalLoss not shown equal within 0.2 decades between expolu and its"
                + " reference (PyTorch, 8 runs): p = ").contains(", but expected p <= 0.05");
    }

    @Test
    void equivalenceOfFewRunsShowsNothing() {
        AgreementVerdict verdict = AgreementVerdict.of(equivalence(new Metric.RoundsTo(1e-3), 1000),
                List.of(JudgeTest.run(1, 1, 1e-4), JudgeTest.run(2, 1, 1e-4)),
                new ReferenceRuns("PyTorch", List.of(curve(1, 1e-4))));

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.showsNothing()).isTrue();
        assertThat(verdict.describe()).startsWith("roundsTo(1e-3) within 1000 rounds between expolu and its reference"
                + " (PyTorch, 1 run) shows nothing: the smallest p that two one-sided tests on 2 and 1 runs allow is"
                + " 0.333, more than 0.05, so no equivalence could show; expected more runs");
    }

    @Test
    void sharesAreShownEqualByNewcombesInterval() {
        List<RunRecord> ours = IntStream.range(0, 20).mapToObj(i -> JudgeTest.run(i, 1, 1e-4)).toList();
        ReferenceRuns theirs = new ReferenceRuns("PyTorch", IntStream.range(0, 20).mapToObj(i -> curve(1, 1e-4))
                .toList());
        Metric converged = new Metric.Converged(1e-3);

        AgreementVerdict within = AgreementVerdict.of(equivalence(converged, 0.2), ours, theirs);
        // 20 of 20 each: the 90% interval is plus or minus 1 - 20 / (20 + 1.645^2) = 0.119
        assertThat(within.holds()).isTrue();
        assertThat(within.describe()).isEqualTo("converged(1e-3) equal within a share of 0.2 between expolu and its"
                + " reference (PyTorch, 20 runs): the 90% Newcombe interval of the difference, -0.119 to +0.119, lies"
                + " inside +-0.2 (two one-sided tests at 0.05; 20 of 20 and 20 of 20 converged)");
        ReferenceRuns fewer = new ReferenceRuns("PyTorch", IntStream.range(0, 20).mapToObj(i -> curve(1, i < 16 ? 1e-4
                : 1)).toList());
        AgreementVerdict notShown = AgreementVerdict.of(equivalence(converged, 0.2), ours, fewer);
        assertThat(notShown.holds()).isFalse();
        assertThat(notShown.showsNothing()).isFalse();
        assertThat(notShown.describe()).contains("not shown equal within a share of 0.2", "reaches beyond +-0.2",
                "20 of 20 and 16 of 20 converged");
        // no 20 and 20 runs can show a share within 0.1: even equal shares give plus or minus 0.119
        assertThat(AgreementVerdict.of(equivalence(converged, 0.1), ours, theirs).describe())
                .contains("shows nothing: with 20 and 20 runs no outcome gives a 90% interval inside +-0.1");
        AgreementVerdict few = AgreementVerdict.of(equivalence(converged, 0.2), ours.subList(0, 5),
                new ReferenceRuns("PyTorch", theirs.runs().subList(0, 5)));
        assertThat(few.showsNothing()).isTrue();
        assertThat(few.holds()).isFalse();
        assertThat(few.describe()).contains("shows nothing: with 5 and 5 runs no outcome gives a 90% interval inside"
                + " +-0.2");
    }

    @Test
    void noRunsShowNothing() {
        AgreementVerdict verdict = AgreementVerdict.of(FINAL, List.of(), theirs(1, 2, 3));
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).isEqualTo("finalLoss between expolu and its reference (PyTorch, 3 runs): no runs"
                + " of expolu to compare");
    }

    private static Agreement equivalence(Metric metric, double margin) {
        return new Agreement(metric, "expolu", Agreement.Test.EQUIVALENCE, 0.05, OptionalDouble.of(margin));
    }

    /** Runs ending at the given losses, from a first round of 10. */
    private static List<RunRecord> ours(double... finals) {
        return IntStream.range(0, finals.length).mapToObj(i -> JudgeTest.run(i + 1, 10, finals[i])).toList();
    }

    private static ReferenceRuns theirs(double... finals) {
        return new ReferenceRuns("PyTorch", Arrays.stream(finals).mapToObj(f -> curve(10, f)).toList());
    }

    private static ReferenceRun curve(double... losses) {
        return new ReferenceRun("run.json", new LossCurve(losses));
    }
}
