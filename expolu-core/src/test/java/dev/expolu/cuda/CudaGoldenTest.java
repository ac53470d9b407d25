package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.Golden;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.run.Engine;
import dev.expolu.run.NetworkSpec;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed script's golden curves on the GPU: every case's tensors trained by the cuda engine, every
 * round within the case's tolerance (1e-9 relative in float64). Needs a GPU; skipped with the reason
 * where there is none.
 */
class CudaGoldenTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Golden.root())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTheSeedScriptsCurveOnTheGpu(Path dir) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        double tolerance = expected.get("relativeTolerance").asDouble();
        NetworkSpec spec = ExperimentLoader.load(dir.resolve("experiment.yaml")).runs().get(0).networkSpec()
                .withEngine(Engine.CUDA);

        LossCurve curve = Gpu.train(List.of(spec))[0];

        double[] losses = curve.losses();
        assertThat(losses).hasSize(expected.get("losses").size());
        double worst = 0;
        for (int round = 0; round < losses.length; round++) {
            double want = expected.get("losses").get(round).asDouble();
            double error = Math.abs(losses[round] - want) / Math.abs(want);
            worst = Math.max(worst, error);
            assertThat(error).as("round %d: %s vs the seed's %s", round + 1, losses[round], want)
                    .isLessThanOrEqualTo(tolerance);
        }
        System.out.printf("golden %s on the GPU: %d rounds, worst relative error %.2e (tolerance %.0e)%n",
                dir.getFileName(), losses.length, worst, tolerance);
    }
}
