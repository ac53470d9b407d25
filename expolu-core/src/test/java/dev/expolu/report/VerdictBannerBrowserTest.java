package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index as a new user opens it, in headless Chromium: the build's verdict first, above every
 * experiment, in the failed colour, with its counts; each seed table's "rounds to" columns at the
 * losses its file's claims name (0.1 and 0.02 for one, the usual 1e-3 and 1e-6 for a file that names
 * none); no table header broken over two lines. The claims are chosen so their outcome does not hang
 * on the training: a round count is always at least 1 (never counts as infinite), and no loss gets to
 * 1e-300. The screenshot is kept at {@code target/verdict-screenshot.png}. Skipped without Chromium
 * unless {@code EXPOLU_REQUIRE_BROWSER} is set.
 */
class VerdictBannerBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theVerdictComesFirstAndTheColumnsAreAtTheClaimedLosses() throws Exception {
        boolean required = System.getenv("EXPOLU_REQUIRE_BROWSER") != null;
        assumeTrue(required || Files.isExecutable(HtmlReportBrowserTest.CHROMIUM), "no Chromium");
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("claimed.yaml"), """
                description: Claims at 0.1 and 0.02, one of them out of reach.
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 2, width: 8}
                training: {rounds: 50, learningRate: 2.0e-3, dtype: float64}
                seeds: [1, 2, 3]
                variants:
                  expolu:
                    model: {activation: expolu}
                    expect:
                      - roundsTo: {loss: 0.1, atLeast: 1}
                      - roundsTo: {loss: 0.02, atLeast: 1}
                      - finalLoss: {atMost: 1.0e-300}
                  relu: {model: {activation: relu}}
                """);
        Files.writeString(experiments.resolve("plain.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 2, width: 8, activation: relu}
                training: {rounds: 50, learningRate: 2.0e-3, dtype: float64}
                seeds: [1, 2]
                expect: [{finalLoss: {atMost: 1.0e+6}}]
                """);
        Path reports = dir.resolve("reports");
        Training.run(new TrainRequest(experiments, List.of(), dir.resolve("records"), reports, 2, Duration.ofHours(1)),
                TrainingLog.NONE);
        String page = reports.resolve("index.html").toUri().toString();

        String dom = HtmlReportBrowserTest.chromium("--dump-dom", "--window-size=1100,1600", page);
        Path screenshot = Path.of("target", "verdict-screenshot.png").toAbsolutePath();
        HtmlReportBrowserTest.chromium("--screenshot=" + screenshot, "--window-size=1100,1600", page);

        assertThat(dom).contains("<div class=\"banner failed\" id=\"verdict\">\n<p>Failed: 1 of 4 claims missed in 1 of 2"
                + " experiments.</p>");
        String[] banner = attribute(dom, "data-banner").split(" ");
        assertThat(Double.parseDouble(banner[1])).as("the banner's height").isGreaterThan(10);
        assertThat(Double.parseDouble(banner[0])).as("the banner above the first experiment")
                .isLessThan(Double.parseDouble(attribute(dom, "data-first-section")));
        assertThat(attribute(dom, "data-banner-background")).as("the failed colour").isEqualTo("rgb(253, 231, 234)");
        assertThat(dom.indexOf("id=\"verdict\"")).isLessThan(dom.indexOf("<section"));
        assertThat(headers(section(dom, "claimed"))).containsSequence("best loss", "rounds to 0.1", "rounds to 0.02",
                "wall").doesNotContain("rounds to 1e-3", "rounds to 1e-6");
        assertThat(headers(section(dom, "plain"))).containsSequence("best loss", "rounds to 1e-3", "rounds to 1e-6",
                "wall");
        assertThat(attribute(dom, "data-wrapped-headers")).as("headers broken over lines").isEqualTo("0");
        assertThat(dom).contains("<tr data-experiment=\"claimed\" data-verdict=\"failed\">",
                "<tr data-experiment=\"plain\" data-verdict=\"passed\">", "<td>2 of 3 claims met</td>",
                "<td>1 of 1 claim met</td>");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static String section(String dom, String name) {
        String from = dom.substring(dom.indexOf("<section class=\"experiment\" id=\"" + name + "\">"));
        return from.substring(0, from.indexOf("</section>"));
    }

    private static List<String> headers(String html) {
        return Pattern.compile("<th>([^<]*)</th>").matcher(html).results().map(m -> m.group(1)).toList();
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as(name + ": the page's script ran").isTrue();
        return m.group(1);
    }
}
