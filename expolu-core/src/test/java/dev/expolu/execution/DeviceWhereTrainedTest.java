package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Engine;
import dev.expolu.run.Precision;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.TrainingEngine;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An executor that decides the engine itself, its device known only where a run trains (a cluster's
 * GPU): this JVM needs no GPU for engine cuda, each record and cache entry is the device's that came
 * back, and no cache lookup happens before (there is no key to look up).
 */
class DeviceWhereTrainedTest {

    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();

    /** The cluster's cuda as a driver plans it: the device unknown here. */
    private static final class Elsewhere implements TrainingEngine {

        @Override
        public String id() {
            return "cuda";
        }

        @Override
        public Arithmetic arithmetic(Precision precision) {
            return new Arithmetic("cuda", precision.id(), 1, "code-x", Arithmetic.WHERE_TRAINED);
        }
    }

    /** Trains each run here (fused arithmetic, any curve will do) and says it ran on {@code device}. */
    private static final class Cluster implements RunExecutor {

        final List<String> given = new ArrayList<>();
        private final String device;
        private final String code;

        Cluster(String device, String code) {
            this.device = device;
            this.code = code;
        }

        @Override
        public String describe() {
            return "on a test cluster with GPUs";
        }

        @Override
        public Optional<TrainingEngine> engine(Engine declared) {
            return declared == Engine.CUDA ? Optional.of(new Elsewhere()) : Optional.empty();
        }

        @Override
        public void train(List<PlannedRun> runs, RunSink sink) throws IOException {
            for (PlannedRun run : runs) {
                given.add(run.id());
                sink.started(run);
                LossCurve curve = new FusedEngine().train(run.run().spec(), TrainingListener.NONE);
                sink.finished(run, curve, 0.5, Provenance.of(new Arithmetic("cuda", "float32", 1, code, device)));
            }
        }
    }

    private Experiment experiment() throws Exception {
        return ExperimentLoader.load(Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 10, dtype: float32, engine: cuda}
                seeds: [1, 2]
                """));
    }

    private Session session(RunExecutor executor, RunCache cache) {
        return new Session(new RunRecords(dir.resolve("records")), executor, TrainingLog.of(log::add, log::add),
                Optional.of(cache));
    }

    @Test
    void eachRecordAndCacheEntryIsTheDeviceThatTrainedItAndNothingIsLookedUpBefore() throws Exception {
        Experiment e = experiment();
        RunCache cache = new RunCache(dir.resolve("cache"));
        Cluster cluster = new Cluster("Test GPU sm_90 driver 13.0 nvrtc 13.0", "code-x");

        List<RunRecord> records = session(cluster, cache).train(e.runs());

        assertThat(records).extracting(r -> r.provenance().device())
                .containsOnly("Test GPU sm_90 driver 13.0 nvrtc 13.0");
        Arithmetic there = new Arithmetic("cuda", "float32", 1, "code-x", "Test GPU sm_90 driver 13.0 nvrtc 13.0");
        assertThat(cache.get(RunCache.key(e.runs().get(0).networkSpec(), there), 10)).isPresent();
        assertThat(cache.get(RunCache.key(e.runs().get(1).spec(), there), 10)).isPresent();

        log.clear(); // again: the driver cannot know the device, so it looks nothing up and sends every run
        session(cluster, cache).train(e.runs());
        assertThat(cluster.given).hasSize(4);
        assertThat(log).noneMatch(l -> l.contains(": cached ("));
    }

    @Test
    void aRunBackUnderOtherCodeIsRefusedNamingBoth() throws Exception {
        Experiment e = experiment();
        Cluster cluster = new Cluster("Test GPU sm_90 driver 13.0 nvrtc 13.0", "code-y");

        assertThatThrownBy(() -> session(cluster, new RunCache(dir.resolve("cache"))).train(e.runs()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(e.runs().get(0).id() + " was trained under cuda|float32|arithmetic 1|code code-y|Test GPU sm_90 driver"
                        + " 13.0 nvrtc 13.0, but expected cuda|float32|arithmetic 1|code code-x|" + Arithmetic.WHERE_TRAINED
                        + ", the arithmetic its cache key and lock were planned with");
        assertThat(Files.exists(dir.resolve("records"))
                && Files.list(dir.resolve("records")).findAny().isPresent()).isFalse();
    }

    @Test
    void aDeviceKnownOnlyWhereItTrainsAdmitsANamedDeviceOfTheSameEngineDtypeAndCode() {
        Arithmetic planned = new Arithmetic("cuda", "float64", 1, "c", Arithmetic.WHERE_TRAINED);

        assertThat(planned.admits(new Arithmetic("cuda", "float64", 1, "c", "H200 sm_90"))).isTrue();
        assertThat(planned.admits(new Arithmetic("cuda", "float32", 1, "c", "H200 sm_90"))).isFalse();
        assertThat(planned.admits(new Arithmetic("fused", "float64", 1, "c", "H200 sm_90"))).isFalse();
        assertThat(planned.admits(planned)).isFalse();
        Arithmetic fused = new Arithmetic("fused", "float64", 1, "c", "jvm");
        assertThat(fused.admits(fused)).isTrue();
        assertThat(fused.admits(new Arithmetic("fused", "float64", 1, "c", "other"))).isFalse();
    }
}
