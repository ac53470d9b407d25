package dev.expolu.cuda;

import java.util.List;

/**
 * What turns the kernel's CUDA C into machine code for one GPU: NVRTC on a real machine ({@link Nvrtc});
 * in tests a fake, so that the probe's handling of a compiler that fails is checked without a GPU.
 */
interface Compiler {

    /** "nvrtc 13.0": part of the cuda arithmetic's device and of a compiled kernel's cache key. */
    String id();

    /** What was done to make it work here (where its builtins came from), for a reason where it does not. */
    String setup();

    /**
     * Compiles {@code source} to a cubin for {@code arch} ("sm_90").
     *
     * @throws CudaException with the compiler's log where it fails
     */
    byte[] compile(String source, String name, String arch, List<String> options);
}
