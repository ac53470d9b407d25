package dev.expolu.judge;

import dev.expolu.run.Cell;
import java.util.Objects;

/**
 * One condition of a sweep claim's {@code where}: an axis's value in a cell is a given value, or at
 * least or at most a number. The experiment file's {@code where: {model.layers: {atLeast: 30}}}.
 *
 * @param axis  the axis's dotted key, such as {@code model.layers}
 * @param kind  how the cell's value is held to {@code value}
 * @param value one of the axis's values for {@link Kind#IS}; a number for the bounds
 */
public record CellCondition(String axis, Kind kind, Object value) {

    /** How a cell's value is held to the condition's. */
    public enum Kind {
        IS("="),
        AT_LEAST(">="),
        AT_MOST("<=");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }
    }

    public CellCondition {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (kind != Kind.IS && !(value instanceof Number)) {
            throw new IllegalArgumentException(axis + " " + kind.symbol + " " + value + ": a bound must be a number");
        }
    }

    /** Whether {@code cell}'s value on this axis meets the condition; never where the cell has no such axis. */
    public boolean admits(Cell cell) {
        Object own = cell.values().get(axis);
        if (own == null) {
            return false;
        }
        if (kind == Kind.IS) {
            return own instanceof Number a && value instanceof Number b ? a.doubleValue() == b.doubleValue()
                    : own.equals(value);
        }
        if (!(own instanceof Number n)) {
            return false;
        }
        double bound = ((Number) value).doubleValue();
        return kind == Kind.AT_LEAST ? n.doubleValue() >= bound : n.doubleValue() <= bound;
    }

    /** "model.layers >= 30". */
    @Override
    public String toString() {
        return axis + " " + kind.symbol + " " + (value instanceof Number n ? Bound.format(n.doubleValue()) : value);
    }
}
