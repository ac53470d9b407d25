package dev.expolu.cuda;

import dev.expolu.run.Precision;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one compiled kernel is for: the net's sizes, the data's, the dtype, and how many blocks (a
 * cluster) share one run. It writes the preamble of {@code #define}s the kernel source is compiled
 * with, and knows the sizes the kernel's memory layout implies.
 *
 * @param precision the dtype
 * @param width     the seed's n
 * @param layers    the seed's layers (an input layer and layers - 1 hidden ones)
 * @param inputs    input features
 * @param samples   rows of data, one SGD step each per round
 * @param powers    the seed's powerlist
 * @param cluster   blocks per run, a power of two no larger than {@link #tiles()}
 */
record KernelShape(Precision precision, int width, int layers, int inputs, int samples, List<Integer> powers,
        int cluster) {

    /** Threads per block, as the kernel's {@code THREADS}. */
    static final int THREADS = 256;

    /** The largest cluster the kernel is built for (the portable cluster size). */
    static final int MAX_CLUSTER = 8;

    private static final long FORWARD_PARTIALS_BYTES = 32 * 1024;

    KernelShape {
        powers = List.copyOf(powers);
        if (Integer.bitCount(cluster) != 1 || cluster > tiles(width)) {
            throw new IllegalArgumentException("cluster " + cluster + " is not a power of two of at most "
                    + tiles(width) + " for width " + width);
        }
    }

    /** Column tiles of 64, rounded up to a power of two. */
    int tiles() {
        return tiles(width);
    }

    static int tiles(int width) {
        return Integer.highestOneBit(Math.max(1, (width + 63) / 64) * 2 - 1);
    }

    int hidden() {
        return layers - 1;
    }

    int columnsPerBlock() {
        return tiles() * 64 / cluster;
    }

    int rowGroups() {
        return (width + 63) / 64;
    }

    /** Columns per pass of the forward product: as many as keep its partial sums within 32 KiB. */
    int chunk() {
        long fit = FORWARD_PARTIALS_BYTES / ((long) rowGroups() * precision.bytes());
        return (int) Math.max(1, Math.min(columnsPerBlock(), fit));
    }

    /** Values of the replicated small tensors per block: W0, B0, Wo, Bo. */
    long smallValues() {
        int np = powers.size();
        return (long) np * inputs * width + width + (long) np * width + 1;
    }

    /** Doubles of a block's scratch: each layer's normalized input and output, and their deviations. */
    long scratchDoubles() {
        long q = powers.size() + hidden();
        return 2 * q * width + 2 * q;
    }

    /** Dynamic shared memory per block, as the kernel lays it out. */
    long sharedBytes() {
        long exchange = Math.max(width, columnsPerBlock());
        long doubles = 2L * width + 2 * exchange + 2 * (THREADS / 32);
        long reals = 2L * width + (long) rowGroups() * chunk();
        return doubles * 8 + reals * precision.bytes();
    }

    /** Device bytes one run takes: its hidden weights and biases, and each block's replica and scratch. */
    long bytesPerRun() {
        long real = precision.bytes();
        return ((long) hidden() * width * width + (long) hidden() * width) * real
                + cluster * (smallValues() * real + scratchDoubles() * 8);
    }

    /** The {@code #define}s the kernel source is compiled with. */
    String preamble() {
        return "#define EX_REAL " + (precision == Precision.FLOAT32 ? "float" : "double") + "\n"
                + "#define EX_WIDTH " + width + "\n"
                + "#define EX_LAYERS " + layers + "\n"
                + "#define EX_INPUTS " + inputs + "\n"
                + "#define EX_SAMPLES " + samples + "\n"
                + "#define EX_NPOWERS " + powers.size() + "\n"
                + "#define EX_POWERS " + powers.stream().map(String::valueOf).collect(Collectors.joining(",")) + "\n"
                + "#define EX_CLUSTER " + cluster + "\n"
                + "#define EX_TILES " + tiles() + "\n"
                + "#define EX_CHUNK " + chunk() + "\n";
    }
}
