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

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 44;
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
                HtmlReport.escape(name), WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (long k = 0; bottom + k * step <= top + step / 2; k++) {
            double v = bottom + k * step;
            double y = y(v, bottom, top);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, WIDTH - RIGHT,
                    y, y, LEFT - 6, y + 4, Bound.format(Math.abs(v) < step / 1e6 ? 0 : v)));
        }
        int every = LossChart.step(rounds, MAX_TICKS);
        for (int round = every; round <= rounds; round += every) {
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d"
                    + "</text>%n", x(round, rounds), HEIGHT - BOTTOM + 16, round));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                + "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>%n", LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM,
                HEIGHT - BOTTOM, LEFT, LEFT, TOP, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "round</text>%n<text class=\"axis-label\" transform=\"translate(14 %d) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6,
                (TOP + HEIGHT - BOTTOM) / 2, HtmlReport.escape(name)));
        for (int i = 0; i < runs.size(); i++) {
            svg.append("<path class=\"curve\" fill=\"none\" stroke=\"").append(LossChart.color(i, runs.size()))
                    .append("\" stroke-width=\"1.5\" d=\"").append(d(curves.get(i), rounds, bottom, top))
                    .append("\"><title>seed ").append(runs.get(i).seed()).append("</title></path>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** The path data of a curve: a pen lifted over rounds that are not finite. */
    private static String d(double[] values, int rounds, double bottom, double top) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int r = 0; r < values.length; r++) {
            if (!Double.isFinite(values[r])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : (d.length() == 0 ? "M" : " M")).append(String.format(Locale.ROOT, "%.1f %.1f",
                    x(r + 1, rounds), y(values[r], bottom, top)));
            pen = true;
        }
        return d.toString();
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

    private static double x(int round, int rounds) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (rounds == 1 ? 0.5 : (round - 1) / (double) (rounds - 1));
    }

    private static double y(double value, double bottom, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - bottom) / (top - bottom));
    }
}
