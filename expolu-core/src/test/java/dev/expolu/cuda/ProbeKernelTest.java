package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The probe compiles a kernel for the GPU found and loads it, and where either fails says why in one line
 * with the compiler's words: what makes {@code auto} fall back and {@code cuda} be refused before training.
 */
class ProbeKernelTest {

    private final List<String> compiledFor = new ArrayList<>();
    private final List<byte[]> loaded = new ArrayList<>();

    /** A compiler that fails as NVRTC 13.0 does where its builtins are not on the loader's path. */
    private final Compiler missingBuiltins = new FakeCompiler() {
        @Override
        public byte[] compile(String source, String name, String arch, List<String> options) {
            compiledFor.add(arch);
            throw new CudaException("NVRTC could not compile " + name + " for " + arch
                    + ": NVRTC_ERROR_BUILTIN_OPERATION_FAILURE\nerror: failed to open libnvrtc-builtins.so.13.0.\n");
        }
    };

    private final Compiler working = new FakeCompiler() {
        @Override
        public byte[] compile(String source, String name, String arch, List<String> options) {
            assertThat(source).contains("__global__ void " + ProbeKernel.ENTRY);
            compiledFor.add(arch);
            return new byte[] {1, 2, 3};
        }
    };

    @Test
    void aCompilerThatCannotCompileIsTheReasonInOneLineAndNothingIsLoaded() {
        Optional<String> failure = ProbeKernel.failure(missingBuiltins, "sm_90", loaded::add);

        assertThat(compiledFor).containsExactly("sm_90");
        assertThat(loaded).isEmpty();
        assertThat(failure).get().asString()
                .startsWith("nvrtc 13.0 cannot compile a kernel for sm_90 here (NVRTC could not compile expolu_probe.cu")
                .contains("NVRTC_ERROR_BUILTIN_OPERATION_FAILURE; error: failed to open libnvrtc-builtins.so.13.0.")
                .endsWith("; no libnvrtc-builtins.so.13.0 beside /cuda/libnvrtc.so.13 (there: libnvrtc-builtins.so.13.1))")
                .doesNotContain("\n");
    }

    @Test
    void aKernelThatCompilesIsLoadedForTheGpusArchitecture() {
        assertThat(ProbeKernel.failure(working, "sm_100", loaded::add)).isEmpty();
        assertThat(compiledFor).containsExactly("sm_100");
        assertThat(loaded).singleElement().isEqualTo(new byte[] {1, 2, 3});
    }

    @Test
    void aKernelTheGpuDoesNotLoadIsTheReason() {
        Optional<String> failure = ProbeKernel.failure(working, "sm_90", cubin -> {
            throw new CudaException("cuModuleLoadData failed: CUDA_ERROR_NO_BINARY_FOR_GPU (209)");
        });
        assertThat(failure).contains("the GPU does not load what nvrtc 13.0 compiled for sm_90 "
                + "(cuModuleLoadData failed: CUDA_ERROR_NO_BINARY_FOR_GPU (209))");
    }

    private abstract static class FakeCompiler implements Compiler {

        @Override
        public String id() {
            return "nvrtc 13.0";
        }

        @Override
        public String setup() {
            return "no libnvrtc-builtins.so.13.0 beside /cuda/libnvrtc.so.13 (there: libnvrtc-builtins.so.13.1)";
        }
    }
}
