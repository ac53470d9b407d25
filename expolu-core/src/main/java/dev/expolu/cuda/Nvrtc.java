package dev.expolu.cuda;

import static org.bytedeco.cuda.global.nvrtc.NVRTC_SUCCESS;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCompileProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCreateProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcDestroyProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBIN;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBINSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetErrorString;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLog;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLogSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcVersion;

import java.util.List;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/** NVRTC, CUDA's run-time compiler, through JavaCPP: CUDA C in, machine code for one GPU out. */
final class Nvrtc implements Compiler {

    private final String version;
    private final String setup;

    private Nvrtc(String version, String setup) {
        this.version = version;
        this.setup = setup;
    }

    /**
     * NVRTC as this JVM loads it, with the builtins of its own version loaded from beside it
     * ({@link NvrtcBuiltins}: without them the first compilation fails where {@code LD_LIBRARY_PATH} is
     * not set).
     *
     * @throws LinkageError  where libnvrtc does not load
     * @throws CudaException where it does not answer its version
     */
    static Nvrtc load() {
        String version = version();
        return new Nvrtc(version, NvrtcBuiltins.load(version));
    }

    /** "13.0". */
    private static String version() {
        int[] major = new int[1];
        int[] minor = new int[1];
        check(nvrtcVersion(major, minor), "nvrtcVersion");
        return major[0] + "." + minor[0];
    }

    @Override
    public String id() {
        return "nvrtc " + version;
    }

    @Override
    public String setup() {
        return setup;
    }

    @Override
    public byte[] compile(String source, String name, String arch, List<String> options) {
        _nvrtcProgram program = new _nvrtcProgram();
        check(nvrtcCreateProgram(program, new BytePointer(source), new BytePointer(name), 0, (PointerPointer<?>) null,
                (PointerPointer<?>) null), "nvrtcCreateProgram");
        try {
            String[] all = new String[options.size() + 1];
            all[0] = "--gpu-architecture=" + arch;
            for (int i = 0; i < options.size(); i++) {
                all[i + 1] = options.get(i);
            }
            int status = nvrtcCompileProgram(program, all.length, new PointerPointer<BytePointer>(all));
            if (status != NVRTC_SUCCESS) {
                throw new CudaException("NVRTC could not compile " + name + " for " + arch + ": "
                        + nvrtcGetErrorString(status).getString() + "\n" + log(program));
            }
            SizeTPointer size = new SizeTPointer(1);
            check(nvrtcGetCUBINSize(program, size), "nvrtcGetCUBINSize");
            byte[] cubin = new byte[(int) size.get()];
            check(nvrtcGetCUBIN(program, cubin), "nvrtcGetCUBIN");
            return cubin;
        } finally {
            nvrtcDestroyProgram(program);
        }
    }

    private static String log(_nvrtcProgram program) {
        SizeTPointer size = new SizeTPointer(1);
        nvrtcGetProgramLogSize(program, size);
        byte[] log = new byte[(int) Math.max(1, size.get())];
        nvrtcGetProgramLog(program, log);
        return new String(log, 0, Math.max(0, log.length - 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void check(int status, String what) {
        if (status != NVRTC_SUCCESS) {
            throw new CudaException(what + " failed: " + nvrtcGetErrorString(status).getString());
        }
    }
}
