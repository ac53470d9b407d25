package dev.expolu.network;

/**
 * The three loops of float32 training. Two implementations compute the very same bits: a plain
 * Java one and, where the JVM was started with {@code --add-modules jdk.incubator.vector}, one on
 * 256-bit vectors. Both use fused multiply-add and accumulate dot products in 8 lanes summed in one
 * fixed order, so a curve's fingerprint does not depend on which one ran.
 */
abstract class Float32Kernels {

    /** Lanes of a dot product's accumulator: the float lanes of a 256-bit vector. */
    static final int LANES = 8;

    private static final Float32Kernels INSTANCE = choose();

    static Float32Kernels get() {
        return INSTANCE;
    }

    /** Whether the vector implementation is in use. */
    static boolean vectorized() {
        return !(INSTANCE instanceof Scalar);
    }

    /** acc[j] = fma(x, w[off + j], acc[j]) for j below n. */
    abstract void axpy(float[] acc, float x, float[] w, int off, int n);

    /** The dot product of w[off ..] and g[0 .. n), 8 lanes summed as {@link #sum(float[])}. */
    abstract float dot(float[] w, int off, float[] g, int n);

    /** w[off + j] = fma(factor, g[j], w[off + j]) for j below n. */
    abstract void update(float[] w, int off, float factor, float[] g, int n);

    /** ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)). */
    static float sum(float[] lanes) {
        return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
    }

    private static Float32Kernels choose() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !Boolean.getBoolean("expolu.scalarKernels")) {
            try {
                return (Float32Kernels) Class.forName("dev.expolu.network.VectorFloat32Kernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new Scalar();
            }
        }
        return new Scalar();
    }

    /** Plain Java, lane for lane what the vector implementation computes. */
    static final class Scalar extends Float32Kernels {

        @Override
        void axpy(float[] acc, float x, float[] w, int off, int n) {
            for (int j = 0; j < n; j++) {
                acc[j] = Math.fma(x, w[off + j], acc[j]);
            }
        }

        @Override
        float dot(float[] w, int off, float[] g, int n) {
            float l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0;
            int j = 0;
            for (; j + LANES <= n; j += LANES) {
                int k = off + j;
                l0 = Math.fma(w[k], g[j], l0);
                l1 = Math.fma(w[k + 1], g[j + 1], l1);
                l2 = Math.fma(w[k + 2], g[j + 2], l2);
                l3 = Math.fma(w[k + 3], g[j + 3], l3);
                l4 = Math.fma(w[k + 4], g[j + 4], l4);
                l5 = Math.fma(w[k + 5], g[j + 5], l5);
                l6 = Math.fma(w[k + 6], g[j + 6], l6);
                l7 = Math.fma(w[k + 7], g[j + 7], l7);
            }
            for (; j < n; j++) {
                l0 = Math.fma(w[off + j], g[j], l0);
            }
            return sum(new float[] {l0, l1, l2, l3, l4, l5, l6, l7});
        }

        @Override
        void update(float[] w, int off, float factor, float[] g, int n) {
            for (int j = 0; j < n; j++) {
                w[off + j] = Math.fma(factor, g[j], w[off + j]);
            }
        }
    }
}
