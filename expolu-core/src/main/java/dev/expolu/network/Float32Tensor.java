package dev.expolu.network;

import dev.expolu.run.Precision;

/**
 * A tensor of floats: the hot path of float32 training. Inputs are rounded to float once per call;
 * products and sums run in float through {@link Float32Kernels}, fused multiply-adds on 256-bit
 * vectors where the JVM has {@code jdk.incubator.vector}, the same operations in plain Java
 * otherwise: the same bits either way. Each weight is read once per pass.
 */
public final class Float32Tensor extends Tensor {

    private static final Float32Kernels KERNELS = Float32Kernels.get();

    private final float[] data;
    private float[] inScratch = new float[0];
    private float[] outScratch = new float[0];

    Float32Tensor(int[] shape) {
        super(shape);
        this.data = new float[(int) size()];
    }

    /** Whether float32 training here runs on vectors ({@code --add-modules jdk.incubator.vector}). */
    public static boolean vectorized() {
        return Float32Kernels.vectorized();
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT32;
    }

    @Override
    public double get(int index) {
        return data[index];
    }

    @Override
    public void set(int index, double value) {
        data[index] = (float) value;
    }

    @Override
    public void multiplyAdd(int offset, int rows, int cols, double[] in, double[] out) {
        float[] x = floats(in, rows, true);
        float[] acc = zeroedOut(cols);
        for (int i = 0; i < rows; i++) {
            KERNELS.axpy(acc, x[i], data, offset + i * cols, cols);
        }
        for (int j = 0; j < cols; j++) {
            out[j] += acc[j];
        }
    }

    @Override
    public void backpropAndStep(int offset, int rows, int cols, double[] in, double[] outGrad,
            double[] inGrad, double rate) {
        float[] g = floats(outGrad, cols, false);
        float r = (float) rate;
        for (int i = 0; i < rows; i++) {
            int row = offset + i * cols;
            if (inGrad != null) {
                inGrad[i] += KERNELS.dot(data, row, g, cols);
            }
            KERNELS.update(data, row, -(r * (float) in[i]), g, cols);
        }
    }
    /** {@code values} rounded to float, in a scratch array of this tensor (one per call site). */
    private float[] floats(double[] values, int length, boolean input) {
        float[] scratch = input ? inScratch : outScratch;
        if (scratch.length < length) {
            scratch = new float[length];
            if (input) {
                inScratch = scratch;
            } else {
                outScratch = scratch;
            }
        }
        for (int i = 0; i < length; i++) {
            scratch[i] = (float) values[i];
        }
        return scratch;
    }

    private float[] zeroedOut(int length) {
        if (outScratch.length < length) {
            outScratch = new float[length];
        }
        java.util.Arrays.fill(outScratch, 0, length, 0f);
        return outScratch;
    }

    @Override
    public float[] readFloats(int offset, int length) {
        float[] values = new float[length];
        System.arraycopy(data, offset, values, 0, length);
        return values;
    }

    @Override
    public Tensor copy() {
        Float32Tensor copy = new Float32Tensor(shape());
        System.arraycopy(data, 0, copy.data, 0, data.length);
        return copy;
    }
}
