package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two experiments that state the same {@code compare} claim: each experiment's report section and
 * Surefire XML hold its own verdict alone, not the other's, though the two claims are equal values.
 */
class SharedClaimsReportTest {

    private static final String EXPERIMENT = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 3, width: 8, activation: expolu}
            training: {rounds: %d, learningRate: 1.0e-3, dtype: float64}
            seeds: [1, 2, 3]
            variants:
              expolu: {}
              relu: {model: {activation: relu}}
            compare:
              - {metric: finalLoss, lower: expolu, than: relu, pValue: 0.2}
            """;

    @TempDir
    Path dir;

    @Test
    void eachExperimentReportsItsOwnVerdictsAlone() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("a.yaml"), EXPERIMENT.formatted(5));
        Files.writeString(experiments.resolve("b.yaml"), EXPERIMENT.formatted(8));

        TrainResult result = Training.run(new TrainRequest(experiments, List.of(), dir.resolve("records"),
                dir.resolve("reports"), 2, Duration.ofHours(1)), TrainingLog.NONE);

        assertThat(result.comparisons()).hasSize(2);
        assertThat(result.comparisons().get(0).comparison()).isEqualTo(result.comparisons().get(1).comparison());
        assertThat(result.comparisons().get(0).describe()).as("different runs, different figures")
                .isNotEqualTo(result.comparisons().get(1).describe());
        String html = Files.readString(dir.resolve("reports/index.html"));
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? "a" : "b";
            String section = html.substring(html.indexOf("<section class=\"experiment\" id=\"" + name + "\">"));
            section = section.substring(0, section.indexOf("</section>"));
            assertThat(Pattern.compile("<li class=\"(met|missed)\">finalLoss").matcher(section).results().count())
                    .as("verdicts in section " + name).isEqualTo(1);
            assertThat(section).contains(escape(result.comparisons().get(i).describe()));
            assertThat(section).as("variants without expectations are neither met nor missed")
                    .contains("<h3>expolu</h3>", "No expectations of its own; its runs are judged in the claims below.");
            String xml = Files.readString(dir.resolve("reports/TEST-expolu." + name + ".xml"));
            assertThat(xml).contains("tests=\"3\"");
            // the claim's case carries its verdict as its output, passed or failed, and a failure only where it fails
            var verdict = result.comparisons().get(i);
            String claimCase = xml.substring(xml.indexOf("<testcase name=\"compare: "));
            claimCase = claimCase.substring(0, claimCase.indexOf("</testcase>"));
            assertThat(claimCase).contains("<system-out>" + escape(verdict.describe()) + "</system-out>");
            assertThat(claimCase.contains("<failure")).isEqualTo(!verdict.holds());
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
