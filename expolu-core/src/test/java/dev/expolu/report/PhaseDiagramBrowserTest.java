package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phase diagram as a person sees it, in headless Chromium: a sweep of three axes (small multiples,
 * one row of maps per dtype), every cell laid out in its row and column, its fill the colour of its
 * value (computed by the browser, and read back from the screenshot's pixels), the axes labelled with
 * their values. The screenshot is kept at {@code target/phase-diagram-screenshot.png}. Skipped without
 * Chromium unless {@code EXPOLU_REQUIRE_BROWSER} is set.
 */
class PhaseDiagramBrowserTest {

    private static final Pattern CELL = Pattern.compile("<rect class=\"heat-cell[^\"]*\"([^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void everyCellIsLaidOutInItsPlaceInTheColourOfItsValue() throws Exception {
        boolean required = System.getenv("EXPOLU_REQUIRE_BROWSER") != null;
        assumeTrue(required || Files.isExecutable(HtmlReportBrowserTest.CHROMIUM), "no Chromium");
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(experiments.resolve("phases.yaml"), """
                description: Three axes, two variants, four seeds, for the phase diagram in a browser.
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                training: {rounds: 40, learningRate: 3.0e-3}
                seeds: [1, 2, 3, 4]
                sweep:
                  model.layers: [2, 3]
                  model.width: [4, 8, 16]
                  training.dtype: [float32, float64]
                variants:
                  expolu: {model: {activation: expolu}}
                  relu: {model: {activation: relu}}
                across:
                  - cells: {atLeast: 1}
                    rate: {reached: 0.3, of: expolu, atLeast: relu}
                """);
        Path reports = dir.resolve("reports");
        Training.run(new TrainRequest(experiments, List.of(), dir.resolve("records"), reports, 2, Duration.ofHours(1)),
                TrainingLog.NONE);
        String page = reports.resolve("index.html").toUri().toString();

        String dom = HtmlReportBrowserTest.chromium("--dump-dom", "--window-size=1100,2400",
                "--force-device-scale-factor=1", page);
        Path screenshot = Path.of("target", "phase-diagram-screenshot.png").toAbsolutePath();
        HtmlReportBrowserTest.chromium("--screenshot=" + screenshot, "--window-size=1100,2400", "--hide-scrollbars",
                "--force-device-scale-factor=1", page);

        List<Map<String, String>> cells = cells(dom);
        assertThat(cells).as("2 dtypes x (2 shares + 1 difference) x 6 cells").hasSize(36);
        assertThat(attribute(dom, "data-heat-cells")).as("cells laid out with a size").isEqualTo("36");
        assertThat(Integer.parseInt(attribute(dom, "data-axis-labels"))).as("axis values and titles laid out")
                .isEqualTo(6 * (3 + 1 + 2 + 1));
        assertThat(dom).contains(">model.width</text>", ">model.layers</text>", ">16</text>",
                "<h4>training.dtype = float64</h4>", "Phase diagram: the share of seeds that reached loss &lt;= 0.3");
        Set<String> fills = new HashSet<>();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        int sampled = 0;
        for (Map<String, String> cell : cells) {
            double value = Double.parseDouble(cell.get("data-value"));
            int[] rgb = cell.get("data-kind").equals("share") ? HeatColors.share(value) : HeatColors.difference(value);
            assertThat(cell.get("data-fill")).as(cell.get("data-cell")).isEqualTo(HeatColors.css(rgb));
            assertThat(cell.get("data-computed-fill")).as("the browser's fill of " + cell.get("data-cell"))
                    .isEqualTo(HeatColors.css(rgb));
            double[] box = box(cell);
            int x = (int) box[0] + 3;
            int y = (int) box[1] + 3;
            if (y < image.getHeight()) {
                int pixel = image.getRGB(x, y);
                assertThat(new int[] {pixel >> 16 & 255, pixel >> 8 & 255, pixel & 255})
                        .as("the screenshot's pixel at %d,%d in %s", x, y, cell.get("data-cell"))
                        .satisfies(p -> assertThat(distance(p, rgb)).isLessThanOrEqualTo(3));
                sampled++;
            }
            fills.add(cell.get("data-fill"));
        }
        assertThat(sampled).as("cells in the screenshot").isEqualTo(36);
        assertThat(fills).as("the cells differ, so the check could fail").hasSizeGreaterThan(4);
        assertGrid(cells);
    }

    /** In each map, a row's cells share a top edge and go left to right by column; more layers stand higher. */
    private static void assertGrid(List<Map<String, String>> cells) {
        Map<String, Map<String, double[]>> maps = new HashMap<>();
        for (Map<String, String> cell : cells) {
            maps.computeIfAbsent(cell.get("data-map"), k -> new HashMap<>()).put(cell.get("data-cell"), box(cell));
        }
        assertThat(maps).hasSize(6);
        for (Map<String, double[]> map : maps.values()) {
            for (String dtype : List.of("float32", "float64")) {
                for (String layers : List.of("2", "3")) {
                    double[] w4 = map.get("layers-" + layers + "_width-4_dtype-" + dtype);
                    double[] w8 = map.get("layers-" + layers + "_width-8_dtype-" + dtype);
                    double[] w16 = map.get("layers-" + layers + "_width-16_dtype-" + dtype);
                    if (w4 == null) {
                        continue; // the other dtype's panel
                    }
                    assertThat(w8[1]).isEqualTo(w4[1]);
                    assertThat(w16[1]).isEqualTo(w4[1]);
                    assertThat(w4[0] + w4[2]).isLessThanOrEqualTo(w8[0]);
                    assertThat(w8[0] + w8[2]).isLessThanOrEqualTo(w16[0]);
                }
                double[] low = map.get("layers-2_width-4_dtype-" + dtype);
                double[] high = map.get("layers-3_width-4_dtype-" + dtype);
                if (low != null) {
                    assertThat(high[1] + high[3]).as("3 layers above 2").isLessThanOrEqualTo(low[1]);
                    assertThat(high[0]).isEqualTo(low[0]);
                }
            }
        }
    }

    private static List<Map<String, String>> cells(String dom) {
        List<Map<String, String>> cells = new ArrayList<>();
        Matcher m = CELL.matcher(dom);
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            cells.add(attributes);
        }
        return cells;
    }

    private static double[] box(Map<String, String> cell) {
        String[] parts = cell.get("data-box").split(" ");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        assertThat(box[2]).as("width of " + cell.get("data-cell")).isPositive();
        assertThat(box[3]).as("height of " + cell.get("data-cell")).isPositive();
        return box;
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as(name + ": the page's script ran").isTrue();
        return m.group(1);
    }

    private static int distance(int[] a, int[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }
}
