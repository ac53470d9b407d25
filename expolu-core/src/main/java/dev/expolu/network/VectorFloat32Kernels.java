package dev.expolu.network;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Float32Kernels} on 256-bit vectors ({@code jdk.incubator.vector}); loaded only where the JVM
 * has that module. The shape is fixed, not the machine's preferred one, so that the lanes, and so
 * the bits, are the same on every processor.
 */
final class VectorFloat32Kernels extends Float32Kernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;

    VectorFloat32Kernels() {
        if (SPECIES.length() != LANES) {
            throw new IllegalStateException("expected " + LANES + " lanes");
        }
    }

    @Override
    void axpy(float[] acc, float x, float[] w, int off, int n) {
        FloatVector xs = FloatVector.broadcast(SPECIES, x);
        int j = 0;
        for (int bound = SPECIES.loopBound(n); j < bound; j += LANES) {
            FloatVector a = FloatVector.fromArray(SPECIES, acc, j);
            xs.fma(FloatVector.fromArray(SPECIES, w, off + j), a).intoArray(acc, j);
        }
        for (; j < n; j++) {
            acc[j] = Math.fma(x, w[off + j], acc[j]);
        }
    }

    @Override
    float dot(float[] w, int off, float[] g, int n) {
        FloatVector lanes = FloatVector.zero(SPECIES);
        int j = 0;
        for (int bound = SPECIES.loopBound(n); j < bound; j += LANES) {
            lanes = FloatVector.fromArray(SPECIES, w, off + j).fma(FloatVector.fromArray(SPECIES, g, j), lanes);
        }
        float[] sums = lanes.toArray();
        for (; j < n; j++) {
            sums[0] = Math.fma(w[off + j], g[j], sums[0]);
        }
        return sum(sums);
    }

    @Override
    void update(float[] w, int off, float factor, float[] g, int n) {
        FloatVector f = FloatVector.broadcast(SPECIES, factor);
        int j = 0;
        for (int bound = SPECIES.loopBound(n); j < bound; j += LANES) {
            f.fma(FloatVector.fromArray(SPECIES, g, j), FloatVector.fromArray(SPECIES, w, off + j))
                    .intoArray(w, off + j);
        }
        for (; j < n; j++) {
            w[off + j] = Math.fma(factor, g[j], w[off + j]);
        }
    }
}
