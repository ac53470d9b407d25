package dev.expolu.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.run.Cell;
import dev.expolu.training.LossCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Claims across a sweep's cells, judged on made-up runs whose figures are known. */
class SweepJudgeTest {

    private static final Provenance HERE = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "c0de",
            "17", "Linux", "amd64");
    private static final Cell SHALLOW = new Cell("layers-10", Map.of("model.layers", 10L));
    private static final Cell DEEP = new Cell("layers-30", Map.of("model.layers", 30L));
    private static final List<Cell> CELLS = List.of(SHALLOW, DEEP);
    private static final double CONVERGED = 1e-5;
    private static final double STUCK = 0.5;

    @Test
    void aRateCountsSharesExactlyWhateverTheSeedCounts() {
        List<RunRecord> runs = new ArrayList<>();
        runs.addAll(runs(DEEP, "expolu", CONVERGED, CONVERGED, STUCK)); // 2 of 3
        runs.addAll(runs(DEEP, "relu", CONVERGED, CONVERGED, CONVERGED, STUCK, STUCK, STUCK)); // 3 of 6
        runs.addAll(runs(SHALLOW, "expolu", CONVERGED, STUCK, STUCK)); // 1 of 3
        runs.addAll(runs(SHALLOW, "relu", CONVERGED, CONVERGED, STUCK, STUCK, STUCK, STUCK)); // 2 of 6: a tie

        SweepVerdict verdict = SweepJudge.judge(List.of(new SweepClaim(List.of(), OptionalInt.empty(),
                new CellClaim.Rate(1e-3, "expolu", "relu"))), CELLS, runs).get(0);

        assertThat(verdict.cells()).extracting(CellVerdict::holds).containsExactly(true, true);
        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.describe()).isEqualTo("expolu reaches loss <= 1e-3 at least as often as relu, in every cell: shown in 2"
                + " of 2 cells");
    }

    @Test
    void aRunThatReachedTheLossAndThenDivergedDidNotConverge() {
        RunRecord diverged = record(DEEP, "expolu", 1, 1.0, 1e-5, Double.NaN);
        RunRecord converged = record(DEEP, "relu", 1, 1.0, 1e-5, 1e-6);

        assertThat(Reached.reached(diverged, 1e-3)).isFalse();
        assertThat(Reached.reached(converged, 1e-3)).isTrue();
        SweepVerdict verdict = SweepJudge.judge(List.of(new SweepClaim(List.of(), OptionalInt.empty(),
                new CellClaim.Rate(1e-3, "expolu", "relu"))), List.of(DEEP), List.of(diverged, converged)).get(0);
        assertThat(verdict.describe()).endsWith("not in layers-30: expolu 0 of 1, but relu 1 of 1");
    }

    @Test
    void aRateOnACurveTheRunsDoNotReportFailsTheCellNamingWhatTheyReport() {
        SweepVerdict verdict = SweepJudge.judge(List.of(new SweepClaim(List.of(), OptionalInt.empty(),
                new CellClaim.Rate(new Target("accuracy", 0.9, true), "expolu", "relu"))), List.of(DEEP),
                List.of(record(DEEP, "expolu", 1, 1.0, 0.5), record(DEEP, "relu", 1, 1.0, 0.5))).get(0);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).isEqualTo("expolu reaches accuracy >= 0.9 at least as often as relu, in every"
                + " cell: shown in 0 of 1 cells, expected 1; not in layers-30: expolu's seed 1 reports no accuracy,"
                + " only [loss]; relu's seed 1 reports no accuracy, only [loss]; expected runs that report accuracy");
    }

    @Test
    void whereChoosesTheCellsAndCellsAtLeastHowManyMustShowIt() {
        List<RunRecord> runs = new ArrayList<>();
        runs.addAll(runs(DEEP, "expolu", CONVERGED, CONVERGED));
        runs.addAll(runs(SHALLOW, "expolu", STUCK, STUCK));
        Expectation converges = new Expectation(new Metric.FinalLoss(), new Bound(Bound.Kind.AT_MOST, 1e-3),
                OptionalInt.empty());
        CellClaim claim = new CellClaim.Expect("expolu", converges);
        CellCondition deep = new CellCondition("model.layers", CellCondition.Kind.AT_LEAST, 30.0);

        List<SweepVerdict> verdicts = SweepJudge.judge(List.of(new SweepClaim(List.of(deep), OptionalInt.empty(), claim),
                new SweepClaim(List.of(), OptionalInt.of(1), claim), new SweepClaim(List.of(), OptionalInt.empty(), claim)),
                CELLS, runs);

        assertThat(verdicts).extracting(SweepVerdict::holds).containsExactly(true, true, false);
        assertThat(verdicts.get(0).cells()).extracting(CellVerdict::cell).containsExactly("layers-30");
        assertThat(verdicts.get(2).describe()).isEqualTo("expolu: finalLoss <= 1e-3, in every cell: shown in 1 of 2"
                + " cells, expected 2; not in layers-10: finalLoss <= 1e-3 in >= 2 of 2 seeds: 0 of 2 met it; seed 1:"
                + " 0.5, seed 2: 0.5");
    }

    @Test
    void aCellWithoutRunsShowsNothing() {
        SweepVerdict verdict = SweepJudge.judge(List.of(new SweepClaim(List.of(), OptionalInt.empty(),
                new CellClaim.Compare(new Comparison(new Metric.FinalLoss(), "expolu", "relu", 0.05)))), List.of(DEEP),
                runs(DEEP, "expolu", CONVERGED)).get(0);

        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).endsWith("not in layers-30: no runs of relu to compare");
    }

    @Test
    void conditionsHoldNumbersToBoundsAndWordsToThemselves() {
        Cell cell = new Cell("c", Map.of("model.layers", 30L, "training.dtype", "float64"));

        assertThat(new CellCondition("model.layers", CellCondition.Kind.IS, 30.0).admits(cell)).isTrue();
        assertThat(new CellCondition("model.layers", CellCondition.Kind.AT_MOST, 29.5).admits(cell)).isFalse();
        assertThat(new CellCondition("training.dtype", CellCondition.Kind.IS, "float64").admits(cell)).isTrue();
        assertThat(new CellCondition("training.dtype", CellCondition.Kind.AT_LEAST, 1.0).admits(cell)).isFalse();
        assertThat(new CellCondition("model.width", CellCondition.Kind.IS, 30L).admits(cell)).isFalse();
    }

    private static List<RunRecord> runs(Cell cell, String variant, double... finals) {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < finals.length; i++) {
            runs.add(record(cell, variant, i + 1, 1.0, finals[i]));
        }
        return runs;
    }

    private static RunRecord record(Cell cell, String variant, long seed, double... losses) {
        return RunRecord.of("grid", variant, seed, new LossCurve(losses), 1, "grid.yaml", "00", Map.of(), HERE)
                .inCell(Optional.of(cell));
    }
}
