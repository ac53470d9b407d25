package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a run stands in a sweep: its cell's name, one plain path segment such as
 * {@code layers-30_width-512}, and the value of each of the sweep's axes there, by dotted key
 * ({@code model.layers} 30, {@code model.width} 512), in the sweep's order.
 *
 * <p>Not part of the run's description ({@link RunSpec}): a sweep only lays its values over the
 * variant's setup, so they are in the setup already, and two cells that come to the same setup share
 * their cache entries.
 *
 * @param name   the cell's name: the axes' labels and values, {@code label-value} joined by {@code _}
 * @param values each axis's value in this cell: a number, or the text of a word or label
 */
public record Cell(String name, Map<String, Object> values) {

    public Cell {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
