package dev.expolu.cuda;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.Dataset;
import dev.expolu.training.LossCurve;
import dev.expolu.training.TrainingCode;
import dev.expolu.training.TrainingInterruptedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code engine: cuda}: expolu's own kernel on an NVIDIA GPU, compiled at run time by NVRTC for the
 * device found (so it runs on Hopper and newer, which DL4J's CUDA build cannot). All runs of one
 * batch key train in one launch per round, each with its own weights and its own per-sample SGD; the
 * round losses come back after every round. The arithmetic is fixed by the shape alone (no atomics,
 * sums in one order), so curves are the same bit for bit run after run on one device and build.
 */
public final class CudaEngine implements BatchTrainer {

    /**
     * This engine's declared arithmetic: raised, with a line in CHANGELOG.md, by the change of the
     * kernel or its launch that is meant to move its bits. Locks compare runs of the same version (on
     * the same GPU architecture) bit for bit.
     */
    public static final int ARITHMETIC = 1;

    private final Device driver;
    private final String nvrtc;

    /**
     * Whether this machine has a usable GPU.
     *
     * @param engine   the engine where it has one
     * @param reason   why not, where it has none ("no CUDA device found (...)")
     * @param gpuFound whether the driver found the GPU (though it may be unusable, NVRTC failing): a
     *                 machine with a GPU that is not used is worth a warning, a machine without one is not
     */
    public record Probe(Optional<CudaEngine> engine, String reason, boolean gpuFound) {
    }

    /** The engine on {@code device}, whose kernels {@code compiler} (such as "nvrtc 13.0") builds. */
    CudaEngine(Device device, String compiler) {
        this.driver = device;
        this.nvrtc = compiler;
    }

    /**
     * Looks for a GPU, the CUDA driver and NVRTC.
     *
     * @param cacheDirectory where compiled kernels are kept per device, if anywhere
     */
    public static Probe probe(Optional<Path> cacheDirectory) {
        return probe(cacheDirectory, 0);
    }

    /**
     * Looks for the GPU of ordinal {@code ordinal} (as CUDA numbers this machine's devices, such as a
     * GPU address a Spark executor was assigned), the CUDA driver and NVRTC, and compiles a tiny kernel
     * for that GPU and loads it ({@link ProbeKernel}): a GPU is usable only where the engine's kernels
     * will compile.
     *
     * @param cacheDirectory where compiled kernels are kept per device, if anywhere
     */
    public static Probe probe(Optional<Path> cacheDirectory, int ordinal) {
        CudaDriver driver;
        try {
            driver = CudaDriver.open(ordinal);
        } catch (CudaException e) {
            return new Probe(Optional.empty(), "no CUDA device found (" + e.getMessage() + ")", false);
        } catch (LinkageError e) {
            return new Probe(Optional.empty(), "no CUDA device found (the CUDA libraries do not load here: "
                    + rootMessage(e) + ")", false);
        }
        Nvrtc nvrtc;
        try {
            nvrtc = Nvrtc.load();
        } catch (LinkageError | CudaException e) {
            return new Probe(Optional.empty(), "NVRTC, CUDA's run-time compiler, is missing (" + rootMessage(e)
                    + "); it comes with the CUDA toolkit's runtime libraries", true);
        }
        return usable(driver, nvrtc, cacheDirectory);
    }

    /** The engine on {@code driver} where {@code compiler} builds kernels it loads; else why not. */
    private static Probe usable(CudaDriver driver, Compiler compiler, Optional<Path> cacheDirectory) {
        Optional<String> failure = ProbeKernel.failure(compiler, driver.info().arch(),
                cubin -> driver.load(cubin, ProbeKernel.ENTRY, 0));
        if (failure.isPresent()) {
            return new Probe(Optional.empty(), failure.get(), true);
        }
        driver.use(new Kernels(driver, compiler, cacheDirectory));
        return new Probe(Optional.of(new CudaEngine(driver, compiler.id())), "", true);
    }

    /** "NVIDIA H200 sm_90 driver 13.0, 132 multiprocessors". */
    public String device() {
        return driver.info().describe() + ", " + driver.info().multiprocessors() + " multiprocessors";
    }

    @Override
    public String id() {
        return "cuda";
    }

    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(id(), precision.id(), ARITHMETIC, code(), driver.info().describe() + " " + nvrtc);
    }

    /** The hash of the training code and the kernel source: the arithmetic's code, on any machine. */
    public static String code() {
        return TrainingCode.hash() + "+" + Kernels.codeHash();
    }

    @Override
    public String batchKey(NetworkSpec spec) {
        return batchKeyOf(spec);
    }

    /** {@link #batchKey(NetworkSpec)}, which no GPU decides: runs of one key may train in one batch anywhere. */
    public static String batchKeyOf(NetworkSpec spec) {
        return spec.layers() + "x" + spec.width() + " " + spec.precision().id() + " powers " + spec.powers()
                + " rounds " + spec.rounds() + " normalize " + spec.normalize() + " data " + spec.points();
    }

    @Override
    public void train(List<NetworkSpec> runs, BatchListener listener) throws IOException {
        if (runs.isEmpty()) {
            return;
        }
        driver.attach();
        NetworkSpec first = runs.get(0);
        Dataset data = Dataset.of(first);
        BatchPlan plan = BatchPlan.of(first.precision(), first.width(), first.layers(), first.inputs(), data.size(),
                first.powers(), runs.size(), new DeviceLimits(driver.info().multiprocessors(),
                        driver.info().clusters(), driver.info().sharedPerBlock(), driver.freeBytes()));
        if (plan.batches().size() > 1) {
            listener.note("cuda: the GPU's memory holds " + plan.batches().get(0).size() + " of these runs at once ("
                    + first.layers() + " x " + first.width() + " " + first.precision().id() + "); " + runs.size()
                    + " runs train in " + plan.batches().size() + " batches");
        }
        for (BatchPlan.Batch batch : plan.batches()) {
            listener.note("cuda: " + batch.size() + " run(s) of " + first.layers() + " x " + first.width() + " "
                    + first.precision().id() + " at once, " + batch.shape().cluster() + " block(s) a run, on "
                    + device());
            trainBatch(runs.subList(batch.from(), batch.from() + batch.size()), batch, data, listener);
        }
    }

    private void trainBatch(List<NetworkSpec> runs, BatchPlan.Batch batch, Dataset data, BatchListener listener)
            throws IOException {
        try (DeviceBatch device = new DeviceBatch(driver, batch.shape(), runs, data)) {
            Initials.upload(device, runs);
            int rounds = runs.get(0).rounds();
            int[] indices = new int[runs.size()];
            Arrays.setAll(indices, i -> batch.from() + i);
            double[][] curves = new double[runs.size()][rounds];
            boolean[] diverged = new boolean[runs.size()];
            long start = System.nanoTime();
            for (int round = 0; round < rounds; round++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new TrainingInterruptedException(round);
                }
                double[] losses = device.round();
                for (int r = 0; r < runs.size(); r++) {
                    curves[r][round] = diverged[r] ? Double.NaN : losses[r];
                    diverged[r] |= Double.isNaN(losses[r]);
                }
                listener.roundFinished(indices, round + 1, rounds, losses);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (int r = 0; r < runs.size(); r++) {
                listener.runFinished(batch.from() + r, new LossCurve(curves[r]), seconds);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.lines().findFirst().orElse(message);
        int library = message.lastIndexOf(".so: ");
        return library < 0 ? message : message.substring(library + ".so: ".length());
    }
}
