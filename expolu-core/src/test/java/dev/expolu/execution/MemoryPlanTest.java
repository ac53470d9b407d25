package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.network.Shape;
import dev.expolu.run.NetworkSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heap plan on given heaps; {@code MemoryPlanJvmTest} holds it to a real small -Xmx. */
class MemoryPlanTest {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final TrainingLog log = TrainingLog.of(line -> { }, warnings::add);

    private Experiment experiment(String model, String dtype, int seeds) throws Exception {
        return ExperimentLoader.load(Files.writeString(dir.resolve("big.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {%s, activation: expolu}
                training: {rounds: 400, dtype: %s}
                seeds: {from: 1, count: %d}
                """.formatted(model, dtype, seeds)));
    }

    @Test
    void aRunNeedsItsWeightsInItsDtypeAndLittleMore() throws Exception {
        NetworkSpec spec = experiment("layers: 30, width: 512", "float32", 1).runs().get(0).networkSpec();
        long weights = Shape.of(spec).parameterCount() * 4;

        assertThat(MemoryPlan.bytes(spec)).isBetween(weights, weights + 2 * MIB);
        NetworkSpec doubles = experiment("layers: 30, width: 512", "float64", 1).runs().get(0).networkSpec();
        assertThat(MemoryPlan.bytes(doubles)).isBetween(2 * weights, 2 * weights + 2 * MIB);
        assertThat(MemoryPlan.bytes(spec.withEngine(dev.expolu.run.Engine.DL4J))).as("dl4j: about four copies")
                .isGreaterThan(4 * weights);
    }

    @Test
    void runsThatFitTrainAsManyAtOnceAsAsked() throws Exception {
        Experiment e = experiment("layers: 30, width: 512", "float32", 8);
        assertThat(MemoryPlan.threads(List.of(e), 4, new MemoryPlan.Heap(2 * GIB, 100 * MIB), log)).isEqualTo(4);
        assertThat(warnings).isEmpty();
    }

    @Test
    void fewerTrainAtOnceWhereAsManyAsAskedDoNotFitAndItIsSaid() throws Exception {
        // 30 x 4000 float32: 29 x 4000 x 4000 x 4 bytes = 1.73 GiB a run; 8 GiB less 0.1 GiB used and 0.8 GiB kept
        Experiment e = experiment("layers: 30, width: 4000", "float32", 8);

        int threads = MemoryPlan.threads(List.of(e), 8, new MemoryPlan.Heap(8 * GIB, 100 * MIB), log);

        assertThat(threads).isEqualTo(4);
        assertThat(warnings).singleElement().asString().isEqualTo("expolu.threads is 8, but 8 runs at once need up to"
                + " 14 GiB of heap and this JVM has 7.1 GiB free for runs (8.0 GiB in all): training 4 at once; raise"
                + " -Xmx (MAVEN_OPTS, or expolu.argLine for a forked training JVM) to train 8");
    }

    @Test
    void aRunThatDoesNotFitAloneIsRefusedWithTheNumbersBeforeAnythingTrains() throws Exception {
        Experiment e = experiment("layers: 30,\n        width: 8000", "float32", 2);

        assertThatThrownBy(() -> MemoryPlan.threads(List.of(e), 1, new MemoryPlan.Heap(6 * GIB, 100 * MIB), log))
                .isInstanceOf(ExperimentException.class)
                .hasMessage(e.file() + ":3: model.width is 8000: 30 x 8000 float32 needs 6.9 GiB a run, but this JVM"
                        + " has 6.0 GiB of heap, 5.3 GiB of it free for runs: raise -Xmx (MAVEN_OPTS, or expolu.argLine"
                        + " for a forked training JVM) or train a smaller model");
    }

    @Test
    void aCurveTooLongForTheHeapIsRefusedAtItsRounds() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("long.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training:
                  rounds: 2000000000
                """));

        assertThatThrownBy(() -> MemoryPlan.threads(List.of(e), 1, new MemoryPlan.Heap(6 * GIB, 100 * MIB), log))
                .hasMessage(e.file() + ":4: training.rounds is 2000000000: 2 x 4 float32 needs 45 GiB a run (its curve"
                        + " 45 GiB), but this JVM has 6.0 GiB of heap, 5.3 GiB of it free for runs: raise -Xmx"
                        + " (MAVEN_OPTS, or expolu.argLine for a forked training JVM) or train a shorter run");
    }

    @Test
    void gpuRunsArePlannedByTheirEngine() throws Exception {
        Experiment e = ExperimentLoader.load(Files.writeString(dir.resolve("gpu.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 30, width: 8000, activation: expolu}
                training: {rounds: 400, engine: cuda}
                """));
        assertThat(MemoryPlan.threads(List.of(e), 2, new MemoryPlan.Heap(GIB, 100 * MIB), log)).isEqualTo(2);
    }

    @Test
    void bytesReadAsWritten() {
        assertThat(MemoryPlan.format(512)).isEqualTo("512 bytes");
        assertThat(MemoryPlan.format(30_400_000)).isEqualTo("29 MiB");
        assertThat(MemoryPlan.format(7_424_000_000L)).isEqualTo("6.9 GiB");
    }
}
