package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.api.Metric;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.judge.Bound;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecords;
import dev.expolu.trainer.LineTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of a trainer's runs draws each curve they report beside the loss, and tabulates its final value. */
class MetricReportTest {

    /** The line trainer's share of points within 0.5, reported as an accuracy. */
    public static class AccuracyTrainer extends LineTrainer {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.lower("loss"), Metric.higher("accuracy"));
        }
    }

    @TempDir
    Path dir;

    private String report() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(folder.resolve("line.yaml"), """
                model: {kind: trainer, class: %s, parameters: {learningRate: 0.05}}
                training: {rounds: 30}
                seeds: [1, 2, 3]
                """.formatted(AccuracyTrainer.class.getName()));
        Training.run(TrainRequest.builder(folder).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).lockMode(LockMode.OFF).cacheDirectory(Optional.empty())
                .threads(2).build(), TrainingLog.of(l -> { }, l -> { }));
        try (Stream<Path> files = Files.walk(dir.resolve("reports"))) {
            Path page = files.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> readString(p).contains("<table class=\"seeds\">")).findFirst().orElseThrow();
            return Files.readString(page);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> all(String regex, String text) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aTrainersReportDrawsAnAccuracyChartOnALinearAxisBesideTheLossChart() throws Exception {
        String html = report();

        List<String> charts = all("(<svg class=\"chart metric\" data-metric=\"accuracy\".*?</svg>)", html);
        assertThat(charts).hasSize(1);
        String chart = charts.get(0);
        assertThat(chart).contains(">accuracy</text>").contains("<title>seed 1</title>")
                .contains("<title>seed 2</title>").contains("<title>seed 3</title>");
        List<Double> ticks = all("text-anchor=\"end\">([^<]*)</text>", chart).stream().map(Double::parseDouble)
                .toList();
        assertThat(ticks).hasSizeGreaterThan(2);
        for (int i = 2; i < ticks.size(); i++) {
            assertThat(ticks.get(i) - ticks.get(i - 1)).as("linear ticks " + ticks)
                    .isCloseTo(ticks.get(1) - ticks.get(0), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(html).contains("loss (log scale)");
        assertThat(all("data-metric=\"([^\"]*)\"", html)).containsExactly("accuracy"); // not the loss again
    }

    @Test
    void theSeedTableGainsTheFinalAccuracyOfEachSeed() throws Exception {
        String html = report();

        String table = all("(<table class=\"seeds\">.*?</table>)", html).get(0);
        assertThat(all("<th>([^<]*)</th>", table)).containsExactly("seed", "final loss", "best loss",
                "rounds to 1e-3", "rounds to 1e-6", "final accuracy", "wall", "expectations");
        List<String> rows = all("(<tr><td><span class=\"key\".*?</tr>)", table);
        assertThat(rows).hasSize(3);
        for (int seed = 1; seed <= 3; seed++) {
            var record = RunRecords.read(dir.resolve("records/line/default/seed-" + seed + ".json"));
            List<String> cells = all("<td>([^<]*)</td>", rows.get(seed - 1));
            assertThat(cells.get(4)).isEqualTo(Bound.format(record.curve().metric("accuracy").orElseThrow().last()));
        }
    }
}
