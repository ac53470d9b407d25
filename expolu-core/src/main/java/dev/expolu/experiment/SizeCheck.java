package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.judge.Bound;
import dev.expolu.network.Parameters;
import dev.expolu.network.Shape;
import dev.expolu.network.Tensor;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Refuses at load a model whose tensors no Java array can hold: each of the six is one array of at
 * most {@link Tensor#MAX_ELEMENTS} values. Sizes are counted in long; the problem names the size,
 * the limit and the largest width that fits.
 */
final class SizeCheck {

    private SizeCheck() {
    }

    /** Whether every tensor of {@code shape} fits one array; a problem at {@code model.width} where not. */
    static boolean fits(Binder binder, Shape shape, Mapping model) {
        long[] sizes = Parameters.sizes(shape);
        int[][] shapes = Parameters.shapes(shape);
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] > Tensor.MAX_ELEMENTS) {
                String dims = Arrays.stream(shapes[i]).mapToObj(String::valueOf).collect(Collectors.joining(" x "));
                String found = Parameters.NAMES.get(i) + " would hold " + Bound.format(sizes[i]) + " values (" + dims
                        + "), but one Java array holds at most " + Tensor.MAX_ELEMENTS;
                int widest = widest(shape);
                if (widest >= 2) {
                    binder.problem(lineOf(model, "width"), "model.width", "is " + shape.width() + ": " + found
                            + "; expected a width of at most " + widest + " for " + shape.layers() + " layers");
                } else {
                    binder.problem(lineOf(model, "layers"), "model.layers", "is " + shape.layers() + ": " + found
                            + "; expected fewer layers");
                }
                return false;
            }
        }
        return true;
    }

    /** The largest width at which every tensor fits, for these layers, powers and inputs; 0 if none. */
    static int widest(Shape shape) {
        int low = 1;
        int high = shape.width();
        while (low < high) { // the largest fitting width in [1, width), by bisection: sizes grow with it
            int mid = (int) ((low + (long) high + 1) / 2);
            if (fitsAt(shape, mid)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return fitsAt(shape, low) ? low : 0;
    }

    private static boolean fitsAt(Shape shape, int width) {
        Shape other = new Shape(shape.inputs(), shape.layers(), Math.max(2, width), shape.powers());
        return Arrays.stream(Parameters.sizes(other)).allMatch(s -> s <= Tensor.MAX_ELEMENTS);
    }

    private static int lineOf(Mapping model, String key) {
        YamlNode.Entry entry = model.entries().get(key);
        return entry == null ? model.line() : entry.value().line();
    }
}
