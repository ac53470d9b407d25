package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.expolu.cuda.CudaEngine;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Engine;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.TrainingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines a machine cannot run are refused before anything trains; auto falls back and says so once: as
 * information without a GPU, as a warning where a GPU is there but NVRTC cannot compile for it.
 */
class EnginesTest {

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();

    static void assumeNoGpu() {
        assumeFalse(CudaEngine.probe(Optional.empty()).engine().isPresent(), "this machine has a GPU");
    }

    private Session session() {
        return new Session(new RunRecords(dir.resolve("records")), 1, Duration.ofHours(1),
                TrainingLog.of(infos::add, infos::add), Optional.empty());
    }

    private Path experiment(String engine) throws Exception {
        return Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training:
                  rounds: 3
                  engine: %s
                seeds: [1, 2]
                """.formatted(engine));
    }

    @Test
    void cudaWithoutAGpuIsRefusedWithTheFileAndLineBeforeTraining() throws Exception {
        assumeNoGpu();
        Path file = experiment("cuda");
        assertThatThrownBy(() -> session().train(ExperimentLoader.load(file).runs()))
                .isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith(file + ":5: training.engine is cuda, but no CUDA device found (")
                .hasMessageEndingWith("; engine auto or fused runs on the CPU");
        assertThat(dir.resolve("records")).doesNotExist();
    }

    @Test
    void cudaForEveryRunWithoutAGpuIsRefusedNamingTheSetting() throws Exception {
        assumeNoGpu();
        var runs = ExperimentLoader.load(experiment("fused")).runs().stream()
                .map(r -> r.withEngine(dev.expolu.run.Engine.CUDA)).toList();
        assertThatThrownBy(() -> session().train(runs))
                .isInstanceOf(EngineOverrideException.class)
                .hasMessageStartingWith("expolu.engine is cuda, but no CUDA device found (");
    }

    /** As the probe answers on a GPU machine where NVRTC's builtins do not load (CudaEngine.probe, ProbeKernel). */
    private static final CudaEngine.Probe CANNOT_COMPILE = new CudaEngine.Probe(Optional.empty(),
            "nvrtc 13.0 cannot compile a kernel for sm_90 here (NVRTC could not compile expolu_probe.cu for sm_90: "
                    + "NVRTC_ERROR_BUILTIN_OPERATION_FAILURE; error: failed to open libnvrtc-builtins.so.13.0.; "
                    + "no libnvrtc-builtins.so.13.0 beside /usr/local/cuda/lib64/libnvrtc.so.13 (there: none))",
            true);

    @Test
    void autoWhereTheGpuCannotCompileIsFusedWithOneWarningSayingWhy() throws Exception {
        List<String> warnings = new ArrayList<>();
        int[] probes = new int[1];
        Engines engines = new Engines(TrainingLog.of(infos::add, warnings::add), () -> {
            probes[0]++;
            return CANNOT_COMPILE;
        });

        TrainingEngine first = engines.resolve(Engine.AUTO);
        TrainingEngine second = engines.resolve(Engine.AUTO);

        assertThat(first).isInstanceOf(FusedEngine.class).isSameAs(second);
        assertThat(probes[0]).isEqualTo(1);
        assertThat(warnings).containsExactly("engine auto: fused on the CPU, though this machine has a GPU: "
                + CANNOT_COMPILE.reason());
        assertThat(infos).isEmpty();
    }

    @Test
    void cudaWhereTheGpuCannotCompileIsRefusedWithTheCompilersReason() {
        Engines engines = new Engines(TrainingLog.of(infos::add, infos::add), () -> CANNOT_COMPILE);
        assertThatThrownBy(() -> engines.resolve(Engine.CUDA))
                .isInstanceOf(Engines.EngineUnavailableException.class)
                .hasMessage("is cuda, but " + CANNOT_COMPILE.reason() + "; engine auto or fused runs on the CPU");
    }

    @Test
    void autoWithoutAGpuTrainsOnTheFusedEngineAndSaysSoOnce() throws Exception {
        assumeNoGpu();
        var records = session().train(ExperimentLoader.load(experiment("auto")).runs());
        assertThat(records).allSatisfy(r -> assertThat(r.provenance().engine()).isEqualTo("fused"));
        assertThat(records.get(0).setup()).containsEntry("engine", "auto");
        assertThat(infos).filteredOn(l -> l.startsWith("engine auto:")).singleElement().asString()
                .startsWith("engine auto: fused on the CPU; no CUDA device found (");
    }
}
