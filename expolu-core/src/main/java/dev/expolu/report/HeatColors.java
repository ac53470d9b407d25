package dev.expolu.report;

import java.util.Locale;

/**
 * The colours of the phase diagram, one function per scale, used for a cell's fill and for its legend
 * alike: a share from 0 to 1 on viridis (dark purple to yellow, readable in grey and by most colour
 * blind readers), a difference of shares from -1 to 1 on a red-white-blue scale (blue where the first
 * variant reaches the loss more often). Colours are CSS {@code rgb(r, g, b)}, as a browser reports a
 * computed fill.
 */
public final class HeatColors {

    private static final double[] SHARE_AT = {0, 0.25, 0.5, 0.75, 1};
    private static final int[][] SHARE = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    private static final double[] DIFFERENCE_AT = {-1, -0.5, 0, 0.5, 1};
    private static final int[][] DIFFERENCE = {{178, 24, 43}, {239, 138, 98}, {247, 247, 247}, {103, 169, 207},
        {33, 102, 172}};

    private HeatColors() {
    }

    /** The colour of a share in [0, 1]. */
    public static int[] share(double share) {
        return interpolate(SHARE_AT, SHARE, share);
    }

    /** The colour of a difference of shares in [-1, 1]. */
    public static int[] difference(double difference) {
        return interpolate(DIFFERENCE_AT, DIFFERENCE, difference);
    }

    /** "rgb(33, 145, 140)". */
    public static String css(int[] rgb) {
        return String.format(Locale.ROOT, "rgb(%d, %d, %d)", rgb[0], rgb[1], rgb[2]);
    }

    /** Black or white, whichever reads better on {@code rgb}. */
    static String text(int[] rgb) {
        double luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
        return luminance > 0.5 ? "#111" : "#fff";
    }

    private static int[] interpolate(double[] at, int[][] colours, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a colour of NaN");
        }
        double v = Math.max(at[0], Math.min(at[at.length - 1], value));
        int i = 0;
        while (i < at.length - 2 && v > at[i + 1]) {
            i++;
        }
        double t = (v - at[i]) / (at[i + 1] - at[i]);
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            rgb[c] = (int) Math.round(colours[i][c] + t * (colours[i + 1][c] - colours[i][c]));
        }
        return rgb;
    }
}
