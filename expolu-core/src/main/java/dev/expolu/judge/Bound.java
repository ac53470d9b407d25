package dev.expolu.judge;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A limit on a metric: {@code atMost} or {@code atLeast} a value. A metric that never happened
 * (roundsTo a loss never reached) counts as infinite: it meets {@code atLeast}, misses
 * {@code atMost}. A run that diverged meets neither ({@link Judge}).
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

    /** Numbers as a reader writes them: 1e-7, 4.2e-2, 0.5, 300, NaN. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e6) {
            return String.valueOf((long) value);
        }
        if (Math.abs(value) >= 1e-2 && Math.abs(value) < 1e4) {
            return String.format(Locale.ROOT, "%.3g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        }
        String text = String.format(Locale.ROOT, "%.2e", value);
        String mantissa = text.substring(0, text.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
        int exponent = Integer.parseInt(text.substring(text.indexOf('e') + 1));
        return mantissa + "e" + exponent;
    }
}
