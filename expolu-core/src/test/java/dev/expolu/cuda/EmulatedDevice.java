package dev.expolu.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Device} that runs the engine's kernel source on the CPU: each shape's kernel is compiled
 * with g++ together with {@code host_emulation.cpp} (CUDA threads as fibers, barriers, shuffles,
 * clusters), and each launch runs it over this object's memory. For tests on machines without a GPU:
 * slow, but the same source, the same memory layout and the same orders of summation.
 */
final class EmulatedDevice implements Device {

    private final DeviceInfo info;
    private final Path workspace;
    private final boolean reverseOrder;
    private long freeBytes = 1L << 32;
    private final Map<String, Path> binaries = new HashMap<>();
    private ByteBuffer memory = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long top = 256;
    private int launches;

    /**
     * @param multiprocessors what the engine plans with: fewer make it give each run a cluster
     * @param reverseOrder    run the fibers of a cluster last to first
     */
    EmulatedDevice(Path workspace, int multiprocessors, boolean reverseOrder) {
        this.info = new DeviceInfo("host emulation", 9, 0, multiprocessors, 227 * 1024, 13000);
        this.workspace = workspace;
        this.reverseOrder = reverseOrder;
    }

    /** Whether g++ is here to compile the emulation, on x86-64 (its fiber switch is x86-64 code). */
    static boolean available() {
        if (!System.getProperty("os.arch").equals("amd64")) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("g++", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    int launches() {
        return launches;
    }

    /** Plans with this much free memory from now on. */
    EmulatedDevice withFreeBytes(long bytes) {
        freeBytes = bytes;
        return this;
    }

    @Override
    public DeviceInfo info() {
        return info;
    }

    @Override
    public void attach() {
    }

    @Override
    public long freeBytes() {
        return freeBytes;
    }

    @Override
    public long allocate(long bytes) {
        long pointer = top;
        top = (top + bytes + 255) / 256 * 256;
        if (top > memory.capacity()) {
            ByteBuffer bigger = ByteBuffer.allocate((int) Math.max(top, 2L * memory.capacity()))
                    .order(ByteOrder.LITTLE_ENDIAN);
            bigger.put(memory.array(), 0, memory.capacity());
            memory = bigger;
        }
        return pointer;
    }

    @Override
    public void free(long pointer) {
    }

    @Override
    public void upload(long target, float[] values) {
        memory.position((int) target);
        memory.asFloatBuffer().put(values);
    }

    @Override
    public void upload(long target, double[] values) {
        memory.position((int) target);
        memory.asDoubleBuffer().put(values);
    }

    @Override
    public void upload(long target, int[] values) {
        memory.position((int) target);
        memory.asIntBuffer().put(values);
    }

    @Override
    public void copy(long target, long source, long bytes) {
        System.arraycopy(memory.array(), (int) source, memory.array(), (int) target, (int) bytes);
    }

    @Override
    public void download(long source, double[] values) {
        memory.position((int) source);
        memory.asDoubleBuffer().get(values);
    }

    @Override
    public void launch(KernelShape shape, int blocks, long... arguments) {
        try {
            Path image = workspace.resolve("memory.bin");
            Files.write(image, java.util.Arrays.copyOf(memory.array(), (int) top));
            List<String> command = new ArrayList<>(List.of(binary(shape).toString(), image.toString(),
                    String.valueOf(blocks), String.valueOf(shape.sharedBytes()), reverseOrder ? "1" : "0"));
            for (long argument : arguments) {
                command.add(String.valueOf(argument));
            }
            run(command);
            byte[] back = Files.readAllBytes(image);
            System.arraycopy(back, 0, memory.array(), 0, back.length);
            launches++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path binary(KernelShape shape) throws IOException {
        String preamble = shape.preamble();
        Path binary = binaries.get(preamble);
        if (binary == null) {
            Path dir = Files.createTempDirectory(workspace, "kernel");
            Files.writeString(dir.resolve("kernel.cu"), preamble + Kernels.source());
            try (InputStream harness = EmulatedDevice.class.getResourceAsStream("host_emulation.cpp")) {
                Files.write(dir.resolve("host_emulation.cpp"), harness.readAllBytes());
            }
            binary = dir.resolve("emulation");
            run(List.of("g++", "-O1", "-std=c++17", "-o", binary.toString(),
                    dir.resolve("host_emulation.cpp").toString()));
            binaries.put(preamble, binary);
        }
        return binary;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new CudaException(command.get(0) + " failed (" + process.exitValue() + "): " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CudaException("interrupted", e);
        }
    }
}
