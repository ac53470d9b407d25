package dev.expolu.report;

import java.util.Locale;

/** Durations as a reader wants them in a log line. */
public final class Durations {

    private Durations() {
    }

    /** "1h 02m", "3m 05s", "12s", "0.4s". */
    public static String format(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
}
