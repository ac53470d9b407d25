package dev.expolu.network;

import dev.expolu.run.Precision;
import java.util.Arrays;
import java.util.Locale;

/**
 * A parameter tensor of the seed's layout, stored flat in C order, with the two kernels that
 * training needs. A matrix inside it is addressed by its offset and shape; a bias is a 1 x n matrix
 * multiplied by the input {@code [1]}.
 *
 * <p>The kernels take and give vectors in double precision; the stored values and the products are
 * in the tensor's own precision.
 */
public abstract sealed class Tensor permits Float32Tensor, Float64Tensor {

    /**
     * The most values one tensor may hold: one Java array's limit (HotSpot refuses
     * {@code Integer.MAX_VALUE - 7} and above, whatever the heap).
     */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final int[] shape;

    /**
     * @throws IllegalArgumentException where the shape holds more than {@link #MAX_ELEMENTS} values
     */
    protected Tensor(int[] shape) {
        long elements = elements(shape);
        if (elements > MAX_ELEMENTS) {
            throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " would hold "
                    + count(elements) + " values, but one Java array holds at most " + MAX_ELEMENTS);
        }
        this.shape = shape.clone();
    }

    /** The values a tensor of {@code shape} holds, counted in long; {@link Long#MAX_VALUE} beyond a long. */
    public static long elements(int[] shape) {
        long product = 1;
        for (int dimension : shape) {
            try {
                product = Math.multiplyExact(product, (long) dimension);
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return product;
    }

    /** A new zeroed tensor. */
    public static Tensor zeros(Precision precision, int... shape) {
        return precision == Precision.FLOAT32 ? new Float32Tensor(shape) : new Float64Tensor(shape);
    }

    public final int[] shape() {
        return shape.clone();
    }

    /** The values it holds: at most {@link #MAX_ELEMENTS}. */
    public final long size() {
        return elements(shape);
    }

    /** 4096, or 1.16e12 where large. */
    private static String count(long n) {
        if (n < 1_000_000) {
            return Long.toString(n);
        }
        String text = String.format(Locale.ROOT, "%.2e", (double) n);
        String mantissa = text.substring(0, text.indexOf('e')).replaceAll("\\.?0+$", "");
        return mantissa + "e" + Integer.parseInt(text.substring(text.indexOf('e') + 1));
    }

    public abstract Precision precision();

    public abstract double get(int index);

    public abstract void set(int index, double value);

    /** out[j] += sum_i in[i] * M[i][j], for the rows x cols matrix M at {@code offset}. */
    public abstract void multiplyAdd(int offset, int rows, int cols, double[] in, double[] out);

    /**
     * The backward pass of {@link #multiplyAdd} fused with the SGD step: {@code inGrad[i] += sum_j
     * M[i][j] * outGrad[j]} with M as it was, then {@code M[i][j] -= rate * in[i] * outGrad[j]}.
     * {@code inGrad} may be null where nobody needs it.
     */
    public abstract void backpropAndStep(int offset, int rows, int cols, double[] in, double[] outGrad,
            double[] inGrad, double rate);

    /** Values {@code offset .. offset + length} as floats (a float32 tensor's own bits). */
    public float[] readFloats(int offset, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) get(offset + i);
        }
        return values;
    }

    /** All values as doubles, in C order. */
    public double[] toDoubleArray() {
        return read(0, (int) size());
    }

    /** Fills the tensor from doubles in C order, rounding to its precision. */
    public void fill(double[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " values, got " + values.length);
        }
        write(0, values);
    }

    /** {@code length} values from {@code offset}, as doubles. */
    public double[] read(int offset, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = get(offset + i);
        }
        return values;
    }

    /** Writes {@code values} from {@code offset}, rounding to the tensor's precision. */
    public void write(int offset, double[] values) {
        for (int i = 0; i < values.length; i++) {
            set(offset + i, values[i]);
        }
    }

    public abstract Tensor copy();

    @Override
    public String toString() {
        return precision().id() + Arrays.toString(shape);
    }
}
