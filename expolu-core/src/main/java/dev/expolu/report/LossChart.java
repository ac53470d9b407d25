package dev.expolu.report;

import dev.expolu.record.RunRecord;
import dev.expolu.reference.ReferenceRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG of every seed's loss curve: rounds on x, the loss on a log scale on y; a variant's reference
 * runs, where it has some, under them in grey dashes.
 */
final class LossChart {

    private static final ChartFrame FRAME = new ChartFrame(640, 300);
    /** The most intervals between labelled decades on the loss axis. */
    private static final int MAX_TICKS = 10;

    private LossChart() {
    }

    static String svg(List<RunRecord> runs) {
        return svg(runs, List.of());
    }

    static String svg(List<RunRecord> runs, List<ReferenceRun> references) {
        List<double[]> all = new ArrayList<>();
        runs.forEach(r -> all.add(r.losses()));
        references.forEach(r -> all.add(r.curve().losses()));
        int rounds = all.stream().mapToInt(l -> l.length).max().orElse(1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] losses : all) {
            for (double v : losses) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            lo = 1e-9;
            hi = 1;
        }
        int top = (int) Math.ceil(Math.log10(hi));
        int bottom = Math.min((int) Math.floor(Math.log10(lo)), top - 1);
        int step = step(top - bottom, MAX_TICKS); // a run that blows up spans some 300 decades
        top = Math.floorDiv(top + step - 1, step) * step;
        bottom = Math.floorDiv(bottom, step) * step;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">%n", FRAME.width(), FRAME.height(), FRAME.width(),
                FRAME.height()));
        for (int d = bottom; d <= top; d += step) {
            double y = y(Math.pow(10, d), bottom, top);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">1e%d</text>%n",
                    ChartFrame.LEFT, FRAME.width() - ChartFrame.RIGHT, y, y, ChartFrame.LEFT - 6, y + 4, d));
        }
        FRAME.axes(svg, rounds, "loss (log scale)");
        for (ReferenceRun r : references) {
            svg.append("<path class=\"reference\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1.2\""
                    + " stroke-dasharray=\"5 3\" d=\"").append(d(r.curve().losses(), rounds, bottom, top))
                    .append("\"><title>reference ").append(HtmlReport.escape(r.name())).append("</title></path>\n");
        }
        for (int i = 0; i < runs.size(); i++) {
            svg.append(path(runs.get(i), i, runs.size(), rounds, bottom, top));
        }
        if (!references.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\" text-anchor=\"end\">"
                    + "coloured: these runs; grey dashes: the reference runs</text>%n", FRAME.width() - ChartFrame.RIGHT - 4,
                    ChartFrame.TOP + 12));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String path(RunRecord run, int index, int count, int rounds, int bottom, int top) {
        String color = color(index, count);
        return "<path class=\"curve\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\" d=\""
                + d(run.losses(), rounds, bottom, top) + "\"><title>seed " + run.seed() + "</title></path>\n";
    }

    /** The path data of a curve: a pen lifted over rounds whose loss is not a positive finite number. */
    private static String d(double[] losses, int rounds, int bottom, int top) {
        return FRAME.path(losses, rounds, v -> v > 0 && Double.isFinite(v),
                v -> (Math.log10(v) - bottom) / (top - bottom));
    }

    /**
     * The step between two labels: 1, 2, 5, 10, 20, 50... the least of those that spans {@code span} in at
     * most {@code intervals} steps. Labels at multiples of a round step read at a glance (10, 20, 30, 40,
     * 50), where an axis cut in equal parts does not (1, 13, 25, 38, 50).
     */
    static int step(int span, int intervals) {
        for (int scale = 1; ; scale *= 10) {
            for (int step : new int[] {scale, 2 * scale, 5 * scale}) {
                if (span <= (long) step * intervals) {
                    return step;
                }
            }
        }
    }

    /** The colour of the {@code index}th of {@code count} curves, for its key in the seed table too. */
    static String color(int index, int count) {
        return String.format(Locale.ROOT, "hsl(%d, 65%%, 42%%)", Math.round(360.0 * index / Math.max(1, count)));
    }

    private static double y(double loss, int bottom, int top) {
        return FRAME.y((Math.log10(loss) - bottom) / (top - bottom));
    }
}
