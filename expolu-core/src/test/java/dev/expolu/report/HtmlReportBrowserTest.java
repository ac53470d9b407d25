package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: opened in headless Chromium (Debian's {@code chromium}), its curves
 * and a variant's reference curves laid out with a size, its axes labelled, no table header broken over
 * two lines, a screenshot kept at
 * {@code target/report-screenshot.png}.
 * Where Chromium is missing the test is skipped, unless {@code EXPOLU_REQUIRE_BROWSER} is set, as CI
 * sets it: there a missing browser fails.
 */
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theCurvesRenderInARealBrowser() throws Exception {
        boolean required = System.getenv("EXPOLU_REQUIRE_BROWSER") != null;
        assumeTrue(required || Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("contrast.yaml"), """
                description: Two activations, three seeds each, for the report.
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 4, width: 16}
                training: {rounds: 60, learningRate: 2.0e-3, dtype: float64}
                seeds: [1, 2, 3]
                variants:
                  expolu:
                    model: {activation: expolu}
                    reference: {json: "reference/run-*.json", label: elsewhere}
                  relu: {model: {activation: relu}}
                expect:
                  - finalLoss: {atMost: 100}
                agree:
                  - {metric: finalLoss, variant: expolu}
                """);
        Path reference = Files.createDirectories(experiments.resolve("reference"));
        for (int run = 1; run <= 2; run++) {
            StringBuilder curve = new StringBuilder();
            for (int round = 0; round < 60; round++) {
                curve.append(round == 0 ? "" : ", ").append(10.0 * run * Math.pow(0.9, round));
            }
            Files.writeString(reference.resolve("run-" + run + ".json"), "{\"curve\": [" + curve + "]}");
        }
        Path reports = dir.resolve("reports");
        Training.run(new TrainRequest(experiments, List.of(), dir.resolve("records"), reports, 2,
                Duration.ofHours(1)), TrainingLog.NONE);
        Path html = reports.resolve("index.html");

        String dom = chromium("--dump-dom", html.toUri().toString());
        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        chromium("--screenshot=" + screenshot, "--window-size=1100,1600", html.toUri().toString());

        Matcher drawn = Pattern.compile("data-drawn-curves=\"(\\d+)\"").matcher(dom);
        assertThat(drawn.find()).as("the page's script ran").isTrue();
        assertThat(Integer.parseInt(drawn.group(1))).as("curves laid out with a size").isEqualTo(6);
        Matcher references = Pattern.compile("data-drawn-references=\"(\\d+)\"").matcher(dom);
        assertThat(references.find()).as("the page counted reference curves").isTrue();
        assertThat(Integer.parseInt(references.group(1))).as("reference curves laid out with a size").isEqualTo(2);
        assertThat(Pattern.compile("<path class=\"curve\"[^>]* d=\"M[0-9.]+ [0-9.]+ L").matcher(dom).results().count())
                .isEqualTo(6);
        assertThat(dom).contains(">round</text>", ">loss (log scale)</text>", "<h2>contrast</h2>",
                "Two activations, three seeds each", "95% Wilson interval", "Against the reference runs",
                "grey dashes: the reference runs", "finalLoss ", " between expolu and its reference (elsewhere, 2 runs)");
        assertThat(dom).as("no table header broken over two lines, the reference summary's included")
                .contains("data-wrapped-headers=\"0\"");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    static String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir="
                        + Files.createTempDirectory("expolu-chromium")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }
}
