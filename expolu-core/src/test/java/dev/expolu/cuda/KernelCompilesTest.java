package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kernel compiles to machine code for Hopper (sm_90) and Blackwell (sm_100) with CUDA's own compiler,
 * with the engine's options ({@link Kernels#OPTIONS}), wherever one is installed: clusters of 1 to 8,
 * float32 and float64, one power and the seed's [1, 2]. The host emulation cannot check the PTX of
 * clusters, and a GPU session is too short to find a compile error. Each case prints what ptxas says the
 * kernel uses (registers, stack, spills), and the whole table is printed at the end.
 *
 * <p>Skipped, with the reason, where no nvcc is found; failed instead where {@code EXPOLU_REQUIRE_NVCC}
 * is set, as {@code .ci/run} sets it on a machine that has one.
 */
class KernelCompilesTest {

    private static final Map<String, String> TABLE = new ConcurrentSkipListMap<>();
    private static Optional<String> nvcc = Optional.empty();

    @TempDir
    Path dir;

    @BeforeAll
    static void compiler() {
        nvcc = Nvcc.find();
    }

    /** Each case skipped by itself, so that the build's counts show the skips and their reason. */
    private static String nvcc() {
        if (System.getenv("EXPOLU_REQUIRE_NVCC") != null) {
            assertThat(nvcc).as("nvcc for the kernel's compile check (EXPOLU_REQUIRE_NVCC): " + Nvcc.WHERE)
                    .isPresent();
        }
        assumeTrue(nvcc.isPresent(), "skipped: no CUDA compiler here (" + Nvcc.WHERE + ")");
        return nvcc.get();
    }

    @ParameterizedTest(name = "{0} {1} width {2} cluster {3} powers {4}")
    @CsvSource({"sm_90, FLOAT32, 512, 8, 1", "sm_90, FLOAT32, 512, 1, 1", "sm_90, FLOAT64, 32, 1, 1;2",
            "sm_90, FLOAT64, 256, 4, 1;2", "sm_100, FLOAT32, 512, 8, 1", "sm_100, FLOAT32, 512, 1, 1",
            "sm_100, FLOAT64, 32, 1, 1;2", "sm_100, FLOAT64, 256, 4, 1;2"})
    void compilesWithTheEnginesOptions(String arch, Precision precision, int width, int cluster, String powers)
            throws Exception {
        String compiler = nvcc();
        List<Integer> list = Arrays.stream(powers.split(";")).map(Integer::valueOf).toList();
        KernelShape shape = new KernelShape(precision, width, 30, 1, 21, list, cluster);
        Path source = Files.writeString(dir.resolve(Kernels.SOURCE_NAME), shape.preamble() + Kernels.source());
        Path cubin = dir.resolve("kernel.cubin");
        List<String> command = new ArrayList<>(List.of(compiler, "-arch=" + arch, "-cubin", "-Xptxas", "-v"));
        command.addAll(Kernels.OPTIONS);
        command.addAll(List.of("-o", cubin.toString(), source.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + log).isZero();
        assertThat(cubin).isNotEmptyFile();
        PtxasUsage usage = PtxasUsage.of(log, Kernels.ENTRY).orElseThrow(
                () -> new AssertionError("ptxas reported no usage of " + Kernels.ENTRY + ":\n" + log));
        assertThat(usage.registers()).isBetween(1, 255);
        String row = String.format("%-6s %-7s %5d %7d %4s %8d %8d %8d %8d", arch, precision.id(), width, cluster,
                powers.replace(';', ','), usage.registers(), usage.stackFrame(), usage.spillStores(),
                usage.spillLoads());
        TABLE.put(arch + precision.id() + String.format("%05d%02d", width, cluster) + powers, row);
        System.out.println("nvcc " + row);
    }

    @AfterAll
    static void table() {
        if (!TABLE.isEmpty()) {
            System.out.println("the kernel's registers and spills per thread, as ptxas reports them (bytes):\n"
                    + "arch   dtype   width cluster pows regs     stack    spill st spill ld\n"
                    + String.join("\n", TABLE.values()));
        }
    }

    /** CUDA's compiler, on the path or where the toolkit installs it. */
    static final class Nvcc {

        static final String WHERE = "looked for nvcc on the PATH and in /usr/local/cuda/bin";

        private Nvcc() {
        }

        static Optional<String> find() {
            for (String candidate : List.of("nvcc", "/usr/local/cuda/bin/nvcc")) {
                if (runs(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        private static boolean runs(String nvcc) {
            try {
                Process p = new ProcessBuilder(nvcc, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
