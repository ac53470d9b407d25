package dev.expolu.report;

import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import dev.expolu.training.MetricCurve;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An SVG of every seed's curve of one metric a run reports beside its loss ({@code accuracy},
 * {@code valLoss}): rounds on x, the value on a linear scale on y, the seeds in the loss chart's colours.
 */
final class MetricChart {

    private static final ChartFrame FRAME = new ChartFrame(640, 220);
    /** The most intervals between labelled values on the y axis. */
    private static final int MAX_TICKS = 6;

    private MetricChart() {
    }

    /** The names of the curves the runs report beside the loss, in the order of their first run. */
    static List<String> names(List<RunRecord> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> r.metrics().forEach(m -> names.add(m.name())));
        return List.copyOf(names);
    }

    static String svg(String name, List<RunRecord> runs) {
        List<double[]> curves = new ArrayList<>();
        runs.forEach(r -> curves.add(r.curve().metric(name).map(MetricCurve::values).orElse(new double[0])));
        int rounds = Math.max(1, curves.stream().mapToInt(c -> c.length).max().orElse(1));
        double lo = curves.stream().flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).min().orElse(0);
        double hi = curves.stream().flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite).max().orElse(1);
        double step = step(hi - lo);
        double bottom = Math.floor(lo / step) * step;
        double top = Math.max(Math.ceil(hi / step) * step, bottom + step);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"chart metric\" data-metric=\"%s\""
                + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">%n",
                HtmlReport.escape(name), FRAME.width(), FRAME.height(), FRAME.width(), FRAME.height()));
        for (long k = 0; bottom + k * step <= top + step / 2; k++) {
            double v = bottom + k * step;
            double y = FRAME.y((v - bottom) / (top - bottom));
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", ChartFrame.LEFT,
                    FRAME.width() - ChartFrame.RIGHT, y, y, ChartFrame.LEFT - 6, y + 4,
                    Bound.format(Math.abs(v) < step / 1e6 ? 0 : v)));
        }
        FRAME.axes(svg, rounds, HtmlReport.escape(name));
        for (int i = 0; i < runs.size(); i++) {
            svg.append("<path class=\"curve\" fill=\"none\" stroke=\"").append(LossChart.color(i, runs.size()))
                    .append("\" stroke-width=\"1.5\" d=\"").append(FRAME.path(curves.get(i), rounds, Double::isFinite,
                            v -> (v - bottom) / (top - bottom)))
                    .append("\"><title>seed ").append(runs.get(i).seed()).append("</title></path>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** A step of 1, 2 or 5 times a power of ten that spans {@code span} in at most {@link #MAX_TICKS} steps. */
    static double step(double span) {
        if (!(span > 0)) {
            return 0.1;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(span / MAX_TICKS)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (span <= m * scale * MAX_TICKS) {
                return m * scale;
            }
        }
        return 10 * scale;
    }
}
