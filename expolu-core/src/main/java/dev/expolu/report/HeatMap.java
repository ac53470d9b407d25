package dev.expolu.report;

import java.util.List;
import java.util.Locale;

/**
 * One heat map of the phase diagram as SVG: a grid of cells over two axes, each axis labelled with its
 * values and its key, higher rows for higher values (as on a plot). Each cell's rectangle carries its
 * value and its colour as data attributes ({@code data-value}, {@code data-fill}), so that a test in a
 * browser can hold the colour it draws to the value it shows.
 *
 * @param id      the map's name, as {@code data-map}: a variant, or {@code expolu-minus-relu}
 * @param title   the map's title
 * @param kind    {@code share} or {@code difference}
 * @param rowAxis the vertical axis's key; empty for a sweep of one axis (one row)
 * @param rows    the vertical axis's values, lowest first
 * @param colAxis the horizontal axis's key
 * @param cols    the horizontal axis's values, in order
 * @param cells   [row][col]
 */
record HeatMap(String id, String title, String kind, String rowAxis, List<String> rows, String colAxis,
        List<String> cols, Square[][] cells) {

    private static final int CELL_W = 76;
    private static final int CELL_H = 48;
    private static final int LEFT = 70;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final int RIGHT = 8;

    /**
     * One cell of the map.
     *
     * @param cell    the sweep's cell name
     * @param value   the value the colour shows; NaN where the cell has no runs
     * @param rgb     its colour
     * @param main    the figure written in it
     * @param sub     the smaller line under it (an interval, a p-value)
     * @param tooltip what hovering it says
     * @param marked  framed and starred: a significant difference
     */
    record Square(String cell, double value, int[] rgb, String main, String sub, String tooltip, boolean marked) {
    }

    String svg() {
        int width = LEFT + cols.size() * CELL_W + RIGHT;
        int height = TOP + rows.size() * CELL_H + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"heatmap\" data-map=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">%n", HtmlReport.escape(id), width,
                height, width, height));
        svg.append(String.format(Locale.ROOT, "<text class=\"map-title\" x=\"%d\" y=\"18\">%s</text>%n", LEFT,
                HtmlReport.escape(title)));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                svg.append(square(cells[r][c], LEFT + c * CELL_W, TOP + (rows.size() - 1 - r) * CELL_H));
            }
        }
        int bottom = TOP + rows.size() * CELL_H;
        for (int c = 0; c < cols.size(); c++) {
            svg.append(String.format(Locale.ROOT, "<text class=\"axis-value\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">"
                    + "%s</text>%n", LEFT + c * CELL_W + CELL_W / 2 - 1, bottom + 14, HtmlReport.escape(cols.get(c))));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-title\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s"
                + "</text>%n", LEFT + cols.size() * CELL_W / 2, bottom + 34, HtmlReport.escape(colAxis)));
        if (!rowAxis.isEmpty()) {
            for (int r = 0; r < rows.size(); r++) {
                svg.append(String.format(Locale.ROOT, "<text class=\"axis-value\" x=\"%d\" y=\"%d\" text-anchor=\"end\">"
                        + "%s</text>%n", LEFT - 6, TOP + (rows.size() - 1 - r) * CELL_H + CELL_H / 2 + 3,
                        HtmlReport.escape(rows.get(r))));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"axis-title\" transform=\"translate(16 %d) rotate(-90)\""
                    + " text-anchor=\"middle\">%s</text>%n", TOP + rows.size() * CELL_H / 2,
                    HtmlReport.escape(rowAxis)));
        }
        return svg.append("</svg>\n").toString();
    }

    private String square(Square s, int x, int y) {
        String fill = HeatColors.css(s.rgb());
        String ink = HeatColors.text(s.rgb());
        int cx = x + CELL_W / 2 - 1;
        return String.format(Locale.ROOT, "<g><title>%s</title><rect class=\"heat-cell%s\" data-map=\"%s\""
                + " data-kind=\"%s\" data-cell=\"%s\" data-value=\"%s\" data-fill=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\""
                + " height=\"%d\" fill=\"%s\"%s/>"
                + "<text class=\"cell-main\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>"
                + "<text class=\"cell-sub\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text></g>%n",
                HtmlReport.escape(s.tooltip()), s.marked() ? " marked" : "", HtmlReport.escape(id), kind,
                HtmlReport.escape(s.cell()), Double.isNaN(s.value()) ? "" : String.valueOf(s.value()), fill, x, y,
                CELL_W - 2, CELL_H - 2, fill, s.marked() ? " stroke=\"#000\" stroke-width=\"3\"" : "",
                cx, y + 21, ink, HtmlReport.escape(s.main()), cx, y + 37, ink, HtmlReport.escape(s.sub()));
    }

    /** A colour bar of {@code colours} from {@code from} to {@code to}, labelled at its ends and middle. */
    static String legend(String label, double from, double to, java.util.function.DoubleFunction<int[]> colours) {
        int steps = 40;
        int w = 5;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"legend\" viewBox=\"0 0 %d 40\""
                + " width=\"%d\" height=\"40\" xmlns=\"http://www.w3.org/2000/svg\">", steps * w + 20, steps * w + 20));
        for (int i = 0; i < steps; i++) {
            double v = from + (to - from) * (i + 0.5) / steps;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"%d\" height=\"14\" fill=\"%s\"/>",
                    10 + i * w, w, HeatColors.css(colours.apply(v))));
        }
        double[] ticks = {from, (from + to) / 2, to};
        for (int i = 0; i < ticks.length; i++) {
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"32\" text-anchor=\"middle\">%s"
                    + "</text>", 10 + i * steps * w / 2, signed(ticks[i], from < 0)));
        }
        return svg.append("</svg><span class=\"legend-label\">").append(HtmlReport.escape(label))
                .append("</span>\n").toString();
    }

    /** "0.5", "+0.5", "-1". */
    static String signed(double v, boolean sign) {
        String text = String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return sign && v > 0 ? "+" + text : text;
    }
}
