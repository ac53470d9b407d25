package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.activation.ExpoLU;
import dev.expolu.network.Architecture;
import dev.expolu.network.Float32Tensor;
import dev.expolu.network.Parameters;
import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Same build, backend, dtype, threads and seed: the same curve, bit for bit, also in another JVM,
 * and whether or not that JVM has the vector kernels.
 */
class ReproducibilityTest {

    static final Architecture NET = new Architecture(1, 8, 64, new ExpoLU(), List.of(1));

    /** Trains seed {@code args[0]} in float32 and prints the curve's fingerprint and its losses. */
    public static void main(String[] args) {
        LossCurve curve = train(Long.parseLong(args[0]));
        System.out.println(curve.fingerprint() + " " + curve);
    }

    static LossCurve train(long seed) {
        Parameters parameters = Parameters.normal(NET, Precision.FLOAT32, seed);
        return new FusedTrainer().train(NET, parameters, SeedData.POINTS, 1.5625e-5, 15, TrainingListener.NONE);
    }

    @Test
    void theSameSeedInTwoJvmsGivesABitIdenticalCurve() throws Exception {
        String first = inFreshJvm(5, "--add-modules", "jdk.incubator.vector");
        String second = inFreshJvm(5, "--add-modules", "jdk.incubator.vector");
        LossCurve here = train(5);

        assertThat(first).isEqualTo(second);
        assertThat(first).isEqualTo(here.fingerprint() + " " + here);
    }

    @Test
    void vectorAndPlainJavaKernelsGiveTheSameBits() throws Exception {
        assertThat(Float32Tensor.vectorized()).as("the tests run with jdk.incubator.vector").isTrue();
        LossCurve here = train(5);
        assertThat(inFreshJvm(5, "-Dexpolu.scalarKernels=true")).isEqualTo(here.fingerprint() + " " + here);
        assertThat(inFreshJvm(5)).isEqualTo(here.fingerprint() + " " + here); // no module: plain Java
    }

    @Test
    void differentSeedsGiveDifferentCurves() {
        LossCurve five = train(5);
        LossCurve six = train(6);
        assertThat(six.fingerprint()).isNotEqualTo(five.fingerprint());
        assertThat(six.losses()[0]).isNotEqualTo(five.losses()[0]);
    }

    /** Runs {@link #main} in a new JVM, without {@code jdk.incubator.vector} unless a flag adds it. */
    private static String inFreshJvm(long seed, String... flags) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(flags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReproducibilityTest.class.getName(),
                String.valueOf(seed)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start(); // the incubator warning
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
