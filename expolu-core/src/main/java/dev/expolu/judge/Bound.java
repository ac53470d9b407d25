package dev.expolu.judge;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A limit on a metric: {@code atMost} or {@code atLeast} a value. A metric that never happened
 * (roundsTo a loss never reached) counts as infinite: it meets {@code atLeast}, misses
 * {@code atMost}.
 */
public record Bound(Kind kind, double value) {

    public enum Kind {
        AT_MOST("atMost", "<="),
        AT_LEAST("atLeast", ">=");

        private final String key;
        private final String symbol;

        Kind(String key, String symbol) {
            this.key = key;
            this.symbol = symbol;
        }

        public String key() {
            return key;
        }

        public String symbol() {
            return symbol;
        }
    }

    public boolean isMetBy(OptionalDouble measured) {
        double v = measured.orElse(Double.POSITIVE_INFINITY);
        if (Double.isNaN(v)) {
            return false;
        }
        return kind == Kind.AT_MOST ? v <= value : v >= value;
    }

    @Override
    public String toString() {
        return kind.symbol + " " + format(value);
    }

    /** Numbers as a reader writes them: 1e-07, 0.5, 300. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return String.valueOf((long) value);
        }
        if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e4) {
            return String.format(Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
        }
        return String.format(Locale.ROOT, "%.2g", value).replace("e-0", "e-").replace("e+0", "e+");
    }
}
