package dev.expolu.report;

import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * What the loss chart and the metric charts share: the plot's margins, the round axis with its
 * labels, and a curve's path with the pen lifted over rounds that cannot be drawn.
 *
 * @param width  the SVG's width
 * @param height the SVG's height
 */
record ChartFrame(int width, int height) {

    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 44;
    /** The most labelled rounds on the round axis. */
    private static final int ROUND_TICKS = 6;

    /** The x of {@code round} of {@code rounds}. */
    double x(int round, int rounds) {
        return LEFT + (width - LEFT - RIGHT) * (rounds == 1 ? 0.5 : (round - 1) / (double) (rounds - 1));
    }

    /** The y of a value at {@code fraction} of the value axis, 0 at its bottom and 1 at its top. */
    double y(double fraction) {
        return TOP + (height - TOP - BOTTOM) * (1 - fraction);
    }

    /** The round axis's labels at round numbers, both axes' lines, and their labels. */
    void axes(StringBuilder svg, int rounds, String valueLabel) {
        int every = LossChart.step(rounds, ROUND_TICKS);
        for (int round = every; round <= rounds; round += every) {
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d"
                    + "</text>%n", x(round, rounds), height - BOTTOM + 16, round));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>"
                + "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>%n", LEFT, width - RIGHT, height - BOTTOM,
                height - BOTTOM, LEFT, LEFT, TOP, height - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                + "round</text>%n", (LEFT + width - RIGHT) / 2, height - 6));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(14 %d) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>%n", (TOP + height - BOTTOM) / 2, valueLabel));
    }

    /**
     * The path data of a curve: each round {@code drawable} takes at the y of its {@code fraction}, the
     * pen lifted over the others.
     */
    String path(double[] values, int rounds, DoublePredicate drawable, DoubleUnaryOperator fraction) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int r = 0; r < values.length; r++) {
            if (!drawable.test(values[r])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : (d.length() == 0 ? "M" : " M")).append(String.format(Locale.ROOT, "%.1f %.1f",
                    x(r + 1, rounds), y(fraction.applyAsDouble(values[r]))));
            pen = true;
        }
        return d.toString();
    }
}
