package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.Golden;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed script's own loss curves ({@code src/test/golden}, copied from the project's {@code shared/golden}), reproduced round by round from the
 * same initial tensors: each case's {@code experiment.yaml} is loaded as any experiment file and
 * trained by the default engine.
 */
class GoldenCasesTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Golden.root())) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList().stream();
        }
    }

    @Test
    void coversEveryActivationAndTheSeedsOptions() throws IOException {
        assertThat(cases().map(d -> d.getFileName().toString()))
                .hasSize(10)
                .anyMatch(n -> n.contains("powers12"))
                .anyMatch(n -> n.contains("normalized-data"))
                .anyMatch(n -> n.contains("float32"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTheSeedScriptsCurve(Path dir) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        double tolerance = expected.get("relativeTolerance").asDouble();
        Experiment experiment = ExperimentLoader.load(dir.resolve("experiment.yaml"));
        List<Run> runs = experiment.runs();
        assertThat(runs).hasSize(1);

        double[] losses = new FusedEngine().train(runs.get(0).spec(), TrainingListener.NONE).losses();
        assertThat(losses).hasSize(expected.get("losses").size());
        for (int round = 0; round < losses.length; round++) {
            double want = expected.get("losses").get(round).asDouble();
            assertThat(Math.abs(losses[round] - want) / Math.abs(want))
                    .as("round %d: %s vs the seed's %s", round + 1, losses[round], want)
                    .isLessThanOrEqualTo(tolerance);
        }
    }
}
