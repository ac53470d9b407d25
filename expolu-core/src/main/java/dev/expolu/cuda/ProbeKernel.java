package dev.expolu.cuda;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The probe's last step: a tiny kernel compiled for the GPU found and loaded on it. Asking NVRTC its
 * version is not enough: where its builtins do not load, or it cannot build for this GPU, the version call
 * works and the first compilation fails, so {@code auto} would pick cuda and then fail a whole build.
 * Compiling here lets {@code auto} fall back to the fused engine, and {@code cuda} be refused, before
 * anything trains, with the compiler's own words.
 */
final class ProbeKernel {

    static final String NAME = "expolu_probe.cu";
    static final String ENTRY = "expolu_probe";
    static final String SOURCE = "extern \"C\" __global__ void expolu_probe(float *x) { x[threadIdx.x] *= 2.0f; }\n";

    private ProbeKernel() {
    }

    /**
     * Why {@code compiler} cannot give {@code arch} a kernel that {@code load} accepts; empty where it can.
     */
    static Optional<String> failure(Compiler compiler, String arch, Consumer<byte[]> load) {
        byte[] cubin;
        try {
            cubin = compiler.compile(SOURCE, NAME, arch, List.of());
        } catch (CudaException | LinkageError e) {
            return Optional.of(compiler.id() + " cannot compile a kernel for " + arch + " here ("
                    + oneLine(e) + "; " + compiler.setup() + ")");
        }
        try {
            load.accept(cubin);
        } catch (CudaException e) {
            return Optional.of("the GPU does not load what " + compiler.id() + " compiled for " + arch + " ("
                    + oneLine(e) + ")");
        }
        return Optional.empty();
    }

    /** A compiler's log as one line of the build's log. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
