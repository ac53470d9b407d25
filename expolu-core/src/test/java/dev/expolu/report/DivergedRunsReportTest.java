package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.Judge;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose loss went NaN or infinite is reported as diverged, with its round, wherever figures are listed. */
class DivergedRunsReportTest {

    @TempDir
    Path dir;

    private Experiment experiment;
    private List<VariantResult> results;

    @BeforeEach
    void results() throws Exception {
        experiment = ExperimentLoader.load(Files.writeString(dir.resolve("blowup.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 3}
                seeds: [1, 2, 3]
                variants:
                  steady: {}
                  wild: {expect: [{roundsTo: {loss: 1.0e-9, atLeast: 2}}]}
                """));
        Variant steady = experiment.variants().get(0);
        Variant wild = experiment.variants().get(1);
        List<RunRecord> steadyRuns = List.of(run("steady", 1, 3, 2, 1), run("steady", 2, 3, 2, 0.5),
                run("steady", 3, 3, 2, 0.25));
        List<RunRecord> wildRuns = List.of(run("wild", 1, 3, 2, 1), run("wild", 2, 3, Double.NaN, Double.NaN),
                run("wild", 3, 3, 1e-10, Double.POSITIVE_INFINITY));
        results = List.of(
                new VariantResult(experiment, steady, steadyRuns, Judge.judge(steady.expectations(), steadyRuns)),
                new VariantResult(experiment, wild, wildRuns, Judge.judge(wild.expectations(), wildRuns)));
    }

    private static RunRecord run(String variant, long seed, double... losses) {
        return RunRecord.of("blowup", variant, seed, new LossCurve(losses), 1, "blowup.yaml", "00", Map.of(),
                new Provenance("0", "0", "fused", "jvm", "float32", 1, "c0de", "17", "Linux", "amd64"));
    }

    @Test
    void theSummaryTableNamesEachDivergedRunAndItsRound() {
        List<String> lines = SummaryTable.of(experiment, results).lines();

        assertThat(lines).anyMatch(l -> l.matches(" +wild: seed 2 diverged at round 2, seed 3 diverged at round 3"));
        assertThat(lines).noneMatch(l -> l.contains("steady: seed"));
        // the final-loss figures are those of the runs that stayed finite
        assertThat(lines).anyMatch(l -> l.matches(" +wild +3 +1 +1 +1 .*roundsTo\\(1e-9\\) >= 2: 1 of 3 \\(need 3\\)"
                + " MISSED"));
    }

    @Test
    void theSurefireReportSaysDivergedInTheFailureTheSeedsAndTheProperties() throws Exception {
        String xml = Files.readString(SurefireReport.write(dir, JudgedExperiment.of(experiment, results), Optional.empty()));

        assertThat(xml).contains("failures=\"1\"",
                "seed 2: diverged at round 2, seed 3: diverged at round 3\" type=\"expolu.ExpectationMissed\"",
                "seed 2: diverged at round 2, best 3",
                "seed 3: diverged at round 3, best 1e-10",
                "<property name=\"wild.seed-2.divergedAt\" value=\"2\"");
        assertThat(xml).doesNotContain("steady.seed-1.divergedAt");
    }

    @Test
    void aCurveThatBlowsUpKeepsItsLossAxisReadable() {
        String svg = LossChart.svg(List.of(run("wild", 1, 1e-3, 1e100, 1e300, Double.NaN)));
        long ticks = svg.lines().filter(l -> l.contains("class=\"grid\"")).count();
        assertThat(ticks).isEqualTo(8); // every 50 decades, from 1e-50 to 1e300
        assertThat(svg).contains(">1e-50</text>", ">1e0</text>", ">1e300</text>").doesNotContain(">1e1</text>");
        assertThat(LossChart.svg(List.of(run("steady", 1, 3, 2, 1e-4))).lines()
                .filter(l -> l.contains("class=\"grid\"")).count()).as("1e-4 to 1e1: every decade").isEqualTo(6);
    }

    @Test
    void theHtmlReportSaysDivergedInTheSeedTable() throws Exception {
        String html = Files.readString(HtmlReport.write(dir, List.of(JudgedExperiment.of(experiment, results))));

        assertThat(html).contains("<td class=\"missed\">diverged at round 2</td>",
                "<td class=\"missed\">diverged at round 3</td>", "seed 3: diverged at round 3");
    }
}
