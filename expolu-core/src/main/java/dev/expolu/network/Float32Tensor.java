package dev.expolu.network;

/**
 * A tensor of floats: the hot path of float32 training. Inputs are rounded to float once per call,
 * products and sums run in float, so that the loops vectorize and each weight is read once per
 * pass. Dot products use eight partial sums in a fixed order: deterministic, and free of the
 * serial dependency of a single accumulator.
 */
public final class Float32Tensor extends Tensor {

    private static final int LANES = 8;

    private final float[] data;
    private float[] inScratch = new float[0];
    private float[] outScratch = new float[0];

    Float32Tensor(int[] shape) {
        super(shape);
        this.data = new float[size()];
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
            float xi = x[i];
            int row = offset + i * cols;
            for (int j = 0; j < cols; j++) {
                acc[j] += xi * data[row + j];
            }
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
                inGrad[i] += dot(row, g, cols);
            }
            float step = r * (float) in[i];
            for (int j = 0; j < cols; j++) {
                data[row + j] -= step * g[j];
            }
        }
    }

    private float dot(int row, float[] g, int cols) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int j = 0;
        for (; j + LANES <= cols; j += LANES) {
            int k = row + j;
            s0 += data[k] * g[j];
            s1 += data[k + 1] * g[j + 1];
            s2 += data[k + 2] * g[j + 2];
            s3 += data[k + 3] * g[j + 3];
            s4 += data[k + 4] * g[j + 4];
            s5 += data[k + 5] * g[j + 5];
            s6 += data[k + 6] * g[j + 6];
            s7 += data[k + 7] * g[j + 7];
        }
        for (; j < cols; j++) {
            s0 += data[row + j] * g[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
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
    public Tensor copy() {
        Float32Tensor copy = new Float32Tensor(shape());
        System.arraycopy(data, 0, copy.data, 0, data.length);
        return copy;
    }
}
