package dev.expolu.network;

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

    /** The shape each tensor must have for {@code architecture}, by position in {@link #NAMES}. */
    public static int[][] shapes(Architecture architecture) {
        int p = architecture.maxPower();
        int n = architecture.width();
        int l = architecture.layers();
        return new int[][] {
            {p, architecture.inputs(), n}, {1, n}, {p, l - 1, n, n}, {l - 1, 1, n}, {p, n, 1}, {1, 1}
        };
    }

    /** Zeroed tensors of the right shapes. */
    public static Parameters zeros(Architecture architecture, Precision precision) {
        int[][] s = shapes(architecture);
        return new Parameters(precision.zeros(s[0]), precision.zeros(s[1]), precision.zeros(s[2]),
                precision.zeros(s[3]), precision.zeros(s[4]), precision.zeros(s[5]));
    }

    /**
     * Every weight and bias drawn from N(0,1), as the seed's {@code torch.randn}, from one
     * {@link Random} seeded with {@code seed}, tensor after tensor in the seed's order. The draws are
     * doubles, rounded to the precision: the same seed gives the same net in every JVM.
     */
    public static Parameters normal(Architecture architecture, Precision precision, long seed) {
        Parameters parameters = zeros(architecture, precision);
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

    /** Checks every tensor's shape against {@code architecture}. */
    public void requireShapes(Architecture architecture) {
        int[][] expected = shapes(architecture);
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
