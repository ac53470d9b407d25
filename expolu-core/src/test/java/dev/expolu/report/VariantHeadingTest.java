package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.Judge;
import dev.expolu.record.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A variant's heading gives its verdict with the counts behind it, so that "met" above a seed marked
 * "missed" reads as a miss the claim allows; a variant without claims has no verdict word at all.
 */
class VariantHeadingTest {

    @TempDir
    Path dir;

    @Test
    void metStatesTheSeedsThatMetAndTheSeedsNeeded() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("allowance.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 2}
                seeds: [1, 2, 3, 4, 5, 6]
                variants:
                  judged: {expect: [{finalLoss: {atMost: 0.1}, seeds: {atLeast: 5}}]}
                  free: {}
                """));
        List<RunRecord> judged = new ArrayList<>();
        List<RunRecord> free = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            judged.add(TestRuns.run("allowance", "judged", seed, 1, seed == 4 ? 0.5 : 0.05));
            free.add(TestRuns.run("allowance", "free", seed, 1, 0.5));
        }
        String html = Files.readString(HtmlReport.write(dir.resolve("reports"), List.of(JudgedExperiment.of(e,
                List.of(result(e, e.variants().get(0), judged), result(e, e.variants().get(1), free))))));

        assertThat(html).contains("<h3>judged <span class=\"met\">met: 5 of 6 seeds, 5 needed</span></h3>",
                "<span class=\"missed\">missed</span>", "<h3>free</h3>",
                "No claims: trained and recorded, nothing judged.");
        String freeDiv = html.substring(html.indexOf("<h3>free</h3>"));
        assertThat(freeDiv.substring(0, freeDiv.indexOf("</div>"))).doesNotContain("class=\"met\"", "class=\"missed\"");
    }

    @Test
    void severalExpectationsEachGiveTheirCounts() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("two.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 2}
                seeds: [1, 2]
                expect: [{finalLoss: {atMost: 0.1}}, {minLoss: {atMost: 2}}]
                """));
        List<RunRecord> runs = List.of(TestRuns.run("two", "default", 1, 1, 0.05),
                TestRuns.run("two", "default", 2, 1, 0.5));
        Variant v = e.variants().get(0);

        assertThat(VariantHeading.verdict(new VariantResult(e, v, runs, Judge.judge(v.expectations(), runs)),
                List.of())).isEqualTo(" <span class=\"missed\">missed: finalLoss &lt;= 0.1: 1 of 2 seeds, 2 needed;"
                        + " minLoss &lt;= 2: 2 of 2 seeds, 2 needed</span>");
    }

    private static VariantResult result(Experiment e, Variant v, List<RunRecord> runs) {
        return new VariantResult(e, v, runs, Judge.judge(v.expectations(), runs));
    }
}
