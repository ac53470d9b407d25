package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kernel compiles to Hopper machine code (sm_90) with CUDA's own compiler where one is installed
 * (the host emulation cannot check the PTX of clusters): clusters of 1 and 8, float32 and float64, one
 * power and the seed's [1, 2]. Skipped where there is no nvcc; the GPU tests compile it with NVRTC.
 */
class KernelCompilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} width {1} cluster {2} powers {3}")
    @CsvSource({"FLOAT32, 512, 8, 1", "FLOAT32, 512, 1, 1", "FLOAT64, 32, 1, 1;2", "FLOAT64, 256, 4, 1;2"})
    void compilesForSm90(Precision precision, int width, int cluster, String powers) throws Exception {
        assumeTrue(nvcc(), "skipped: no nvcc here");
        List<Integer> list = java.util.Arrays.stream(powers.split(";")).map(Integer::valueOf).toList();
        KernelShape shape = new KernelShape(precision, width, 30, 1, 21, list, cluster);
        Path source = Files.writeString(dir.resolve("kernel.cu"), shape.preamble() + Kernels.source());
        Process p = new ProcessBuilder("nvcc", "-arch=sm_90", "-std=c++17", "-cubin", "-Xptxas", "-v", "-o",
                dir.resolve("kernel.cubin").toString(), source.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(dir.resolve("kernel.cubin")).isNotEmptyFile();
        System.out.println("nvcc " + shape.preamble().replace('\n', ' ') + ": "
                + log.lines().filter(l -> l.contains("registers") || l.contains("spill")).toList());
    }

    private static boolean nvcc() {
        try {
            Process p = new ProcessBuilder("nvcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
