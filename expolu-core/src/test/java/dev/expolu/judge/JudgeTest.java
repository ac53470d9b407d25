package dev.expolu.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JudgeTest {

    static RunRecord run(long seed, double... losses) {
        return RunRecord.of("e", "v", seed, new LossCurve(losses), 1, "e.yaml", "00", Map.of(),
                new Provenance("0", "0", "fused", "jvm", "float32", 1, "c0de", "17", "Linux", "amd64"));
    }

    static final List<RunRecord> RUNS = List.of(run(2, 5, 1e-2, 1e-4), run(1, 5, 4, 3), run(3, 5, 1e-4, 1e-8));

    @Test
    void aLossNeverReachedMeetsAtLeastAndMissesAtMost() {
        Metric rounds = new Metric.RoundsTo(1e-3);
        var atMost = Judge.judge(List.of(new Expectation(rounds, new Bound(Bound.Kind.AT_MOST, 3),
                OptionalInt.empty())), RUNS).get(0);
        var atLeast = Judge.judge(List.of(new Expectation(rounds, new Bound(Bound.Kind.AT_LEAST, 3),
                OptionalInt.empty())), RUNS).get(0);

        assertThat(atMost.metCount()).isEqualTo(2);
        assertThat(atMost.describe()).isEqualTo("roundsTo(1e-3) <= 3 in >= 3 of 3 seeds: 2 of 3 met it; seed 1: never");
        assertThat(atLeast.metCount()).isEqualTo(2); // seed 1 (never) and seed 2 (round 3)
        assertThat(atLeast.describe()).endsWith("seed 3: 2");
    }

    @Test
    void seedsAtLeastLowersWhatIsRequired() {
        var verdict = Judge.judge(List.of(new Expectation(new Metric.FinalLoss(), new Bound(Bound.Kind.AT_MOST, 1e-3),
                OptionalInt.of(2))), RUNS).get(0);
        assertThat(verdict.isMet()).isTrue();
        assertThat(verdict.describe()).isEqualTo("finalLoss <= 1e-3 in >= 2 of 3 seeds: 2 of 3 met it; seed 1: 3");
    }

    @Test
    void minLossIsTheBestRound() {
        var verdict = Judge.judge(List.of(new Expectation(new Metric.MinLoss(), new Bound(Bound.Kind.AT_MOST, 1e-4),
                OptionalInt.empty())), RUNS).get(0);
        assertThat(verdict.seeds()).extracting(ExpectationVerdict.SeedFigure::met).containsExactly(false, true, true);
    }

    /** Seed 4 reaches 1e-4 in round 2, then its loss is NaN from round 3; seed 5 is infinite in round 2. */
    static final List<RunRecord> DIVERGING = List.of(run(3, 5, 1e-2, 1e-4, 1e-5),
            run(4, 5, 1e-4, Double.NaN, Double.NaN), run(5, 5, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN));

    @Test
    void aDivergedRunMeetsNoExpectation() {
        List<Expectation> expectations = List.of(
                new Expectation(new Metric.RoundsTo(1e-3), new Bound(Bound.Kind.AT_MOST, 3), OptionalInt.empty()),
                new Expectation(new Metric.RoundsTo(1e-3), new Bound(Bound.Kind.AT_LEAST, 1), OptionalInt.empty()),
                new Expectation(new Metric.MinLoss(), new Bound(Bound.Kind.AT_MOST, 1e-3), OptionalInt.empty()),
                new Expectation(new Metric.FinalLoss(), new Bound(Bound.Kind.AT_LEAST, 0), OptionalInt.empty()));

        List<ExpectationVerdict> verdicts = Judge.judge(expectations, DIVERGING);

        for (ExpectationVerdict verdict : verdicts) {
            assertThat(verdict.seeds()).as(verdict.expectation().toString())
                    .extracting(ExpectationVerdict.SeedFigure::met).containsExactly(true, false, false);
        }
        assertThat(verdicts.get(0).describe()).isEqualTo("roundsTo(1e-3) <= 3 in >= 3 of 3 seeds: 1 of 3 met it;"
                + " seed 4: diverged at round 3, seed 5: diverged at round 2");
    }

    @Test
    void roundsToAtLeastIsMetOnlyByARunThatStayedFinite() {
        var neverReached = Judge.judge(List.of(new Expectation(new Metric.RoundsTo(1e-9),
                new Bound(Bound.Kind.AT_LEAST, 100), OptionalInt.empty())), DIVERGING).get(0);
        assertThat(neverReached.seeds()).extracting(ExpectationVerdict.SeedFigure::met)
                .containsExactly(true, false, false);
        assertThat(neverReached.describe()).endsWith("1 of 3 met it; seed 4: diverged at round 3, seed 5: diverged"
                + " at round 2");
    }

    /** Seed 1 reports accuracy beside its loss; seed 2, as a trainer whose metrics() changed since, its loss alone. */
    static final List<RunRecord> ONE_WITHOUT_ACCURACY = List.of(
            RunRecord.of("e", "v", 1, new LossCurve(new double[] {1, 0.5}, List.of(new dev.expolu.training.MetricCurve(
                    "accuracy", true, new double[] {0.5, 0.95}))), 1, "e.yaml", "00", Map.of(), run(1, 1).provenance()),
            run(2, 1, 0.5));

    @Test
    void aRunThatDoesNotReportTheCurveMeetsNoBoundAndSaysWhatItReports() {
        for (Bound bound : List.of(new Bound(Bound.Kind.AT_LEAST, 0.9), new Bound(Bound.Kind.AT_MOST, 2))) {
            for (Metric metric : List.of(new Metric.Final("accuracy"), new Metric.Best("accuracy"),
                    new Metric.RoundsToValue("accuracy", 0.9))) {
                var verdict = Judge.judge(List.of(new Expectation(metric, bound, OptionalInt.empty())),
                        ONE_WITHOUT_ACCURACY).get(0);

                assertThat(verdict.seeds()).as(metric + " " + bound).extracting(ExpectationVerdict.SeedFigure::met)
                        .containsExactly(true, false);
                assertThat(verdict.describe()).as(metric + " " + bound)
                        .endsWith("1 of 2 met it; seed 2: reports no accuracy, only [loss]");
            }
        }
    }

    @Test
    void theCurveSaysWhereItDiverged() {
        assertThat(new LossCurve(new double[] {1, 0.5}).divergedAt()).isEmpty();
        assertThat(new LossCurve(new double[] {1, Double.NaN}).divergedAt()).hasValue(2);
        assertThat(new LossCurve(new double[] {Double.NEGATIVE_INFINITY}).divergedAt()).hasValue(1);
    }

    @Test
    void numbersReadAsWritten() {
        assertThat(Bound.format(1e-7)).isEqualTo("1e-7");
        assertThat(Bound.format(4.2e-2)).isEqualTo("0.042");
        assertThat(Bound.format(1.953125e-6)).isEqualTo("1.95e-6");
        assertThat(Bound.format(300)).isEqualTo("300");
        assertThat(Bound.format(628.4)).isEqualTo("628");
        assertThat(Bound.format(Double.NaN)).isEqualTo("NaN");
    }
}
