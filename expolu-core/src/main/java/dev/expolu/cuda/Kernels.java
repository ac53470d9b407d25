package dev.expolu.cuda;

import dev.expolu.record.AtomicFiles;
import dev.expolu.run.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.cuda.cudart.CUfunc_st;

/**
 * The training kernel compiled for each shape this JVM trains: by NVRTC for the GPU found, the
 * machine code kept on disk per device ({@code <run cache>/cuda/<arch>/<hash>.cubin}) so that a later
 * build loads it instead of compiling again.
 */
final class Kernels {

    static final String SOURCE_NAME = "expolu_round.cu";
    static final String ENTRY = "expolu_round";
    static final List<String> OPTIONS = List.of("--std=c++17");
    private static final String SOURCE = load();

    private final CudaDriver driver;
    private final Compiler compiler;

    private final Optional<Path> directory;
    private final Map<KernelShape, CUfunc_st> loaded = new HashMap<>();

    Kernels(CudaDriver driver, Compiler compiler, Optional<Path> directory) {
        this.driver = driver;
        this.compiler = compiler;
        this.directory = directory;
    }

    /** The kernel of {@code shape}, loaded into the GPU's context. */
    synchronized CUfunc_st get(KernelShape shape) {
        CUfunc_st function = loaded.get(shape);
        if (function == null) {
            function = driver.load(cubin(shape), ENTRY, shape.sharedBytes());
            loaded.put(shape, function);
        }
        return function;
    }

    private byte[] cubin(KernelShape shape) {
        String arch = driver.info().arch();
        String source = shape.preamble() + SOURCE;
        String key = Sha256.hex(source + "\n" + arch + "\n" + compiler.id() + "\n" + OPTIONS);
        Optional<Path> file = directory.map(d -> d.resolve("cuda").resolve(arch).resolve(key + ".cubin"));
        if (file.isPresent() && Files.isRegularFile(file.get())) {
            try {
                return Files.readAllBytes(file.get());
            } catch (IOException e) {
                // compiled again below
            }
        }
        byte[] cubin = compiler.compile(source, SOURCE_NAME, arch, OPTIONS);
        if (file.isPresent()) {
            try {
                AtomicFiles.write(file.get(), temporary -> Files.write(temporary, cubin));
            } catch (IOException e) {
                // a cache that cannot be written costs a compilation next time, nothing else
            }
        }
        return cubin;
    }

    /** 16 hex digits of a hash of the kernel's source and compiler options: what its arithmetic is. */
    static String codeHash() {
        return Sha256.hex(SOURCE + "\n" + OPTIONS).substring(0, 16);
    }

    /** The kernel's CUDA C, as it is compiled after a shape's preamble. */
    static String source() {
        return SOURCE;
    }

    private static String load() {
        try (InputStream in = Kernels.class.getResourceAsStream(SOURCE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE_NAME + " is missing from expolu-core's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
