package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.Golden;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.run.Engine;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.LossCurve;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GPU engine's kernel, its host code and its memory layout, run on the CPU by
 * {@link EmulatedDevice}: the seed script's golden curves on their first rounds, and curves that do not
 * depend on how many blocks share a run or in which order threads run. Needs g++ (skipped without).
 * On a GPU the same checks run for real in {@link CudaGoldenTest} and {@link CudaDeterminismTest}.
 */
class KernelEmulationTest {

    /** Rounds emulated per golden case: every code path, at a cost a build can pay. */
    static final int ROUNDS = 3;

    @TempDir
    static Path workspace;

    @BeforeAll
    static void gpp() {
        if (System.getenv("EXPOLU_REQUIRE_GPP") != null) {
            assertThat(EmulatedDevice.available()).as("g++ for the kernel's host emulation (EXPOLU_REQUIRE_GPP)")
                    .isTrue();
        }
        assumeTrue(EmulatedDevice.available(), "skipped: no g++ (on x86-64) to compile the kernel's host emulation");
    }

    static final List<String> NOTES = new java.util.concurrent.CopyOnWriteArrayList<>();

    static LossCurve[] train(EmulatedDevice device, List<NetworkSpec> runs) throws Exception {
        Curves curves = Curves.train(new CudaEngine(device, "g++ emulation"), runs);
        NOTES.clear();
        NOTES.addAll(curves.notes());
        return curves.curves();
    }

    static NetworkSpec rounds(NetworkSpec s, int rounds) {
        return new NetworkSpec(s.points(), s.normalize(), s.layers(), s.width(), s.activation(), s.powers(), s.init(),
                rounds, s.learningRate(), s.precision(), Engine.CUDA, s.seed());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.expolu.cuda.CudaGoldenTest#cases")
    void theEmulatedKernelFollowsTheSeedScriptsGoldenCurve(Path dir) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        double tolerance = expected.get("relativeTolerance").asDouble();
        NetworkSpec spec = rounds(ExperimentLoader.load(dir.resolve("experiment.yaml")).runs().get(0).networkSpec(), ROUNDS);

        double[] losses = train(new EmulatedDevice(workspace, 132, false), List.of(spec))[0].losses();

        for (int round = 0; round < ROUNDS; round++) {
            double want = expected.get("losses").get(round).asDouble();
            assertThat(Math.abs(losses[round] - want) / Math.abs(want))
                    .as("round %d: %s vs the seed's %s", round + 1, losses[round], want)
                    .isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void aRunsBitsDoNotDependOnItsClusterItsNeighboursOrTheOrderOfThreads() throws Exception {
        Path file = java.nio.file.Files.writeString(workspace.resolve("cluster.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 128}
                training: {rounds: 2, dtype: float32, learningRate: 1.0e-3}
                seeds: [1, 2]
                variants:
                  expolu: {model: {activation: expolu}}
                  relu: {model: {activation: relu}}
                """);
        List<NetworkSpec> runs = ExperimentLoader.load(file).runs().stream().map(r -> r.networkSpec().withEngine(Engine.CUDA))
                .toList();
        // one multiprocessor: a run alone gets a cluster of 2 blocks, four runs one block each
        LossCurve[] together = train(new EmulatedDevice(workspace, 1, false), runs);
        LossCurve alone = train(new EmulatedDevice(workspace, 1, false), List.of(runs.get(3)))[0];
        LossCurve reversed = train(new EmulatedDevice(workspace, 1, true), List.of(runs.get(3)))[0];

        assertThat(BatchPlan.clusterFor(1, 2, new DeviceLimits(1, true, 1 << 20, 1L << 32))).isEqualTo(2);
        assertThat(alone.fingerprint()).isEqualTo(together[3].fingerprint()).isEqualTo(reversed.fingerprint());
        assertThat(together).extracting(LossCurve::fingerprint).doesNotHaveDuplicates();
    }

    @Test
    void runsBeyondTheMemoryTrainInBatchesWithTheSameCurves() throws Exception {
        Path file = java.nio.file.Files.writeString(workspace.resolve("split.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 2, width: 16, activation: expolu}
                training: {rounds: 2, dtype: float64}
                seeds: [1, 2]
                variants: {a: {}, b: {}}
                """);
        List<NetworkSpec> runs = ExperimentLoader.load(file).runs().stream().map(r -> r.networkSpec().withEngine(Engine.CUDA))
                .toList();
        LossCurve[] oneBatch = train(new EmulatedDevice(workspace, 132, false), runs);
        long twoRuns = BatchPlan.RESERVE + 2 * new KernelShape(runs.get(0).precision(), 16, 2, 1, 5, List.of(1), 1)
                .bytesPerRun() + 100;
        EmulatedDevice small = new EmulatedDevice(workspace, 132, false).withFreeBytes(twoRuns);
        LossCurve[] twoBatches = train(small, runs);

        assertThat(small.launches()).isEqualTo(2 * 2); // two batches of two runs, two rounds each
        assertThat(NOTES).first().asString().isEqualTo("cuda: the GPU's memory holds 2 of these runs at once"
                + " (2 x 16 float64); 4 runs train in 2 batches");
        assertThat(twoBatches).extracting(LossCurve::fingerprint)
                .containsExactlyElementsOf(java.util.Arrays.stream(oneBatch).map(LossCurve::fingerprint).toList());
        assertThat(oneBatch[2].fingerprint()).isEqualTo(oneBatch[0].fingerprint()); // b/seed-1: a's draw, copied on the device
    }
}
