package dev.expolu.cuda;

import dev.expolu.run.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How runs of one shape are split into launches: as many runs at once as the GPU's memory holds,
 * and per batch the cluster size, so that few runs still spread over many multiprocessors and many
 * runs take one block each.
 *
 * @param batches each batch's first run, its size and its kernel
 */
record BatchPlan(List<Batch> batches) {

    /** Memory kept free for the driver, the module and the small buffers. */
    static final long RESERVE = 512L << 20;

    /** Runs {@code from .. from + size} of the list, trained in one launch of {@code shape}. */
    record Batch(int from, int size, KernelShape shape) {
    }

    BatchPlan {
        batches = List.copyOf(batches);
    }

    /**
     * Plans {@code runs} runs of one shape on a device.
     *
     * @throws CudaException where one run alone does not fit, with the figures
     */
    static BatchPlan of(Precision precision, int width, int layers, int inputs, int samples, List<Integer> powers,
            int runs, DeviceLimits device) {
        KernelShape single = new KernelShape(precision, width, layers, inputs, samples, powers, 1);
        if (single.sharedBytes() > device.sharedPerBlock()) {
            throw new CudaException(layers + " x " + width + " " + precision.id() + " needs "
                    + kib(single.sharedBytes()) + " of shared memory per block, but this GPU allows "
                    + kib(device.sharedPerBlock()) + "; expected a width the GPU engine can hold, or engine fused");
        }
        long usable = device.freeBytes() - RESERVE;
        long perRun = new KernelShape(precision, width, layers, inputs, samples, powers,
                clusterFor(1, single.tiles(), device)).bytesPerRun();
        long fit = usable <= 0 ? 0 : usable / perRun;
        if (fit < 1) {
            throw new CudaException(layers + " x " + width + " " + precision.id() + " needs " + gib(perRun)
                    + " of GPU memory a run, but this GPU has " + gib(Math.max(0, device.freeBytes()))
                    + " free; expected a smaller net, or engine fused");
        }
        int count = (int) Math.min(runs, fit);
        int batchCount = (runs + count - 1) / count;
        List<Batch> batches = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < batchCount; b++) {
            int size = runs / batchCount + (b < runs % batchCount ? 1 : 0);
            int cluster = clusterFor(size, single.tiles(), device);
            batches.add(new Batch(from, size, new KernelShape(precision, width, layers, inputs, samples, powers,
                    cluster)));
            from += size;
        }
        return new BatchPlan(batches);
    }

    /**
     * Blocks per run: the largest power of two, at most 8 and the shape's tiles, with which the runs
     * still fill the multiprocessors no more than twice over; 1 where the GPU has no clusters.
     */
    static int clusterFor(int runs, int tiles, DeviceLimits device) {
        if (!device.clusters()) {
            return 1;
        }
        int cluster = Math.min(KernelShape.MAX_CLUSTER, tiles);
        while (cluster > 1 && (long) runs * cluster > 2L * device.multiprocessors()) {
            cluster /= 2;
        }
        return cluster;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }
}
