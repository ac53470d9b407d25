package dev.expolu.network;

import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The six tensors of the seed, in its layout (P = max(powers), I = inputs, n = width, L = layers):
 * {@code W0 [P,I,n]}, {@code B0 [1,n]}, {@code Wh [P,L-1,n,n]}, {@code Bh [L-1,1,n]},
 * {@code Wo [P,n,1]}, {@code Bo [1,1]}.
 */
public record Parameters(Tensor w0, Tensor b0, Tensor wh, Tensor bh, Tensor wo, Tensor bo) {

    /** The tensors' names, in the seed's order: also their {@code .npy} file names. */
    public static final List<String> NAMES = List.of("W0", "B0", "Wh", "Bh", "Wo", "Bo");

    /** The shape each tensor must have for {@code shape}, by position in {@link #NAMES}. */
    public static int[][] shapes(Shape shape) {
        int p = shape.maxPower();
        int n = shape.width();
        int l = shape.layers();
        return new int[][] {
            {p, shape.inputs(), n}, {1, n}, {p, l - 1, n, n}, {l - 1, 1, n}, {p, n, 1}, {1, 1}
        };
    }

    /** The values each tensor holds for {@code shape}, by position in {@link #NAMES}, counted in long. */
    public static long[] sizes(Shape shape) {
        return Arrays.stream(shapes(shape)).mapToLong(Tensor::elements).toArray();
    }

    /** Zeroed tensors of the right shapes. */
    public static Parameters zeros(Shape shape, Precision precision) {
        int[][] s = shapes(shape);
        return new Parameters(Tensor.zeros(precision, s[0]), Tensor.zeros(precision, s[1]),
                Tensor.zeros(precision, s[2]), Tensor.zeros(precision, s[3]), Tensor.zeros(precision, s[4]),
                Tensor.zeros(precision, s[5]));
    }

    /**
     * Every weight and bias drawn from N(0,1), as the seed's {@code torch.randn}, from one
     * {@link Random} seeded with {@code seed}, tensor after tensor in the seed's order. The draws are
     * doubles, rounded to the precision: the same seed gives the same net in every JVM.
     */
    public static Parameters normal(Shape shape, Precision precision, long seed) {
        Parameters parameters = zeros(shape, precision);
        Random random = new Random(seed);
        for (Tensor tensor : parameters.all()) {
            for (int i = 0; i < tensor.size(); i++) {
                tensor.set(i, random.nextGaussian());
            }
        }
        return parameters;
    }

    /** The tensors in the seed's order. */
    public List<Tensor> all() {
        return List.of(w0, b0, wh, bh, wo, bo);
    }

    public Precision precision() {
        return w0.precision();
    }

    /** A deep copy, for training one set of initial values twice. */
    public Parameters copy() {
        return new Parameters(w0.copy(), b0.copy(), wh.copy(), bh.copy(), wo.copy(), bo.copy());
    }

    /** A run's initial tensors: N(0,1) from its seed, or those of {@code init: {from: DIR}}. */
    public static Parameters initial(NetworkSpec spec) throws IOException {
        Shape shape = Shape.of(spec);
        if (spec.init() instanceof Init.Files files) {
            return Initializers.load(files.directory(), shape, spec.precision());
        }
        return normal(shape, spec.precision(), spec.seed());
    }

    /** {@link #normal(Shape, Precision, long)} for the architecture's shape. */
    public static Parameters normal(Architecture architecture, Precision precision, long seed) {
        return normal(architecture.shape(), precision, seed);
    }

    /** Checks every tensor's shape against {@code shape}. */
    public void requireShapes(Shape shape) {
        int[][] expected = shapes(shape);
        List<Tensor> tensors = all();
        for (int i = 0; i < expected.length; i++) {
            if (!Arrays.equals(tensors.get(i).shape(), expected[i])) {
                throw new IllegalArgumentException(NAMES.get(i) + " has shape "
                        + Arrays.toString(tensors.get(i).shape()) + ", but expected "
                        + Arrays.toString(expected[i]));
            }
        }
    }
}
