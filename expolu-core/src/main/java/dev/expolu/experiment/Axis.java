package dev.expolu.experiment;

import java.util.List;

/**
 * One axis of a sweep: a setting and the values it takes, one cell for each (crossed with the other
 * axes).
 *
 * @param key    the setting's dotted key, such as {@code model.width}
 * @param label  its name in a cell's name: the key's last part, {@code width}
 * @param labels each value as a cell's name shows it: its text as written ({@code 512}), or the label
 *               given it ({@code expolu-p3} of {@code {expolu-p3: {name: expolu, p: 3}}})
 * @param values each value as records and conditions see it: a whole number, a number, or the label's
 *               text
 * @param line   the line of the axis's key
 */
public record Axis(String key, String label, List<String> labels, List<Object> values, int line) {

    public Axis {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }

    /** "4 x 4": the number of values of each axis, in order. */
    public static String sizes(List<Axis> axes) {
        return String.join(" x ", axes.stream().map(a -> String.valueOf(a.values().size())).toList());
    }

    /** Whether every value is a number: what {@code atLeast} and {@code atMost} conditions need. */
    public boolean numeric() {
        return values.stream().allMatch(v -> v instanceof Number);
    }
}
