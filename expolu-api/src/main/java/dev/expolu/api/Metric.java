package dev.expolu.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A curve a trainer reports, and which way is better: {@code loss} lower, {@code accuracy} higher.
 *
 * @param name           letters, digits and {@code _}, starting with a letter: what claims name
 * @param higherIsBetter whether a larger value is the better one
 */
public record Metric(String name, boolean higherIsBetter) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public Metric {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name '" + name + "', but expected a letter, then up to 63"
                    + " letters, digits or _");
        }
    }

    /** A curve where lower is better: a loss, an error. */
    public static Metric lower(String name) {
        return new Metric(name, false);
    }

    /** A curve where higher is better: an accuracy, an F1. */
    public static Metric higher(String name) {
        return new Metric(name, true);
    }

    /** "loss (lower is better)". */
    @Override
    public String toString() {
        return name + (higherIsBetter ? " (higher is better)" : " (lower is better)");
    }
}
