package dev.expolu.network;

import dev.expolu.run.Precision;

/** A tensor of doubles; products summed in plain index order. */
public final class Float64Tensor extends Tensor {

    private final double[] data;

    Float64Tensor(int[] shape) {
        super(shape);
        this.data = new double[(int) size()];
    }

    @Override
    public Precision precision() {
        return Precision.FLOAT64;
    }

    @Override
    public double get(int index) {
        return data[index];
    }

    @Override
    public void set(int index, double value) {
        data[index] = value;
    }

    @Override
    public void multiplyAdd(int offset, int rows, int cols, double[] in, double[] out) {
        for (int i = 0; i < rows; i++) {
            double x = in[i];
            int row = offset + i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += x * data[row + j];
            }
        }
    }

    @Override
    public void backpropAndStep(int offset, int rows, int cols, double[] in, double[] outGrad,
            double[] inGrad, double rate) {
        for (int i = 0; i < rows; i++) {
            int row = offset + i * cols;
            if (inGrad != null) {
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += data[row + j] * outGrad[j];
                }
                inGrad[i] += sum;
            }
            double step = rate * in[i];
            for (int j = 0; j < cols; j++) {
                data[row + j] -= step * outGrad[j];
            }
        }
    }

    @Override
    public Tensor copy() {
        Float64Tensor copy = new Float64Tensor(shape());
        System.arraycopy(data, 0, copy.data, 0, data.length);
        return copy;
    }
}
