package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.lock.LockMode;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lock never stops gating silently: what it cannot hold is a warning, under strict a failure. */
class LocksTest {

    static final Provenance HERE = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "c0de", "17",
            "Linux", "amd64");
    static final Provenance ELSEWHERE = new Provenance("0.1.0", "1.0.0-M2.1", "cuda", "NVIDIA H200 sm_90",
            "float32", 1, "c0de", "17", "Linux", "amd64");

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final TrainingLog log = TrainingLog.of(infos::add, warnings::add);
    private Experiment experiment;

    @BeforeEach
    void experiment() throws Exception {
        experiment = ExperimentLoader.load(Files.writeString(dir.resolve("claim.yaml"), """
                data: {points: [[0, 1], [1, 0]]}
                model: {layers: 2, width: 4, activation: relu}
                training: {rounds: 2}
                """));
    }

    private static RunRecord run(Provenance provenance, double... losses) {
        return RunRecord.of("claim", "default", 1, new LossCurve(losses), 1, "claim.yaml", "00", Map.of(), provenance);
    }

    @Test
    void verifyWarnsOfAMissingLockAndWritesNothing() throws Exception {
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.VERIFY, log).failures()).isEmpty();
        assertThat(warnings).singleElement().asString().startsWith("No lock ")
                .endsWith("its 1 run(s) are not pinned; run with -Dexpolu.lock=update to write it, and commit it");
        assertThat(dir.resolve("claim.lock.json")).doesNotExist();
    }

    @Test
    void strictFailsOnAMissingLock() throws Exception {
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.STRICT, log).failures()).singleElement()
                .asString().startsWith("No lock ");
        assertThat(warnings).isEmpty();
    }

    @Test
    void otherArithmeticIsAWarningUnderVerifyAndAFailureUnderStrict() throws Exception {
        Locks.apply(experiment, List.of(run(ELSEWHERE, 2, 1)), LockMode.UPDATE, log);
        assertThat(dir.resolve("claim.lock.json")).isRegularFile();

        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.VERIFY, log).failures()).isEmpty();
        assertThat(warnings).singleElement().asString().contains("cannot gate 1 run(s) locked under other"
                + " arithmetic than this build computes (first: default/seed-1 (locked under cuda|float32|arithmetic 1|"
                + "NVIDIA H200 sm_90, now fused|float32|arithmetic 1|jvm)); run with -Dexpolu.lock=update to pin them"
                + " here");

        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.STRICT, log).failures()).singleElement()
                .asString().contains("cannot gate 1 run(s)");
    }

    @Test
    void aLockHoldingRunsTheExperimentNoLongerHasWarnsUnderVerifyAndFailsUnderStrict() throws Exception {
        RunRecord seed2 = RunRecord.of("claim", "default", 2, new LossCurve(new double[] {3, 2}), 1, "claim.yaml", "00",
                Map.of(), HERE);
        Locks.apply(experiment, List.of(run(HERE, 2, 1), seed2), LockMode.UPDATE, log);

        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.VERIFY, log).failures()).isEmpty();
        assertThat(warnings).containsExactly("Lock claim.lock.json holds 1 run(s) the experiment no longer has"
                + " [default/seed-2]; run with -Dexpolu.lock=update to drop them");
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.STRICT, log).failures()).singleElement()
                .asString().startsWith("Lock claim.lock.json holds 1 run(s) the experiment no longer has");
    }

    @Test
    void aMatchingLockSaysSoAtInfo() throws Exception {
        Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.UPDATE, log);
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.STRICT, log).failures()).isEmpty();
        assertThat(infos).last().asString().isEqualTo("Lock claim.lock.json: 1 run(s) match bit for bit");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRunOfChangedSettingsNamesTheSettingAndFailsEvenUnderVerify() throws Exception {
        Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.UPDATE, log);
        Experiment changed = ExperimentLoader.load(Files.writeString(dir.resolve("claim.yaml"), """
                data: {points: [[0, 1], [1, 0]]}
                model: {layers: 2, width: 4, activation: relu}
                training: {rounds: 2, learningRate: 0.0100001}
                """));

        assertThat(Locks.apply(changed, List.of(run(HERE, 2, 1.5)), LockMode.VERIFY, log).failures()).containsExactly(
                "claim/default/seed-1: settings changed since the lock: training.learningRate 2.5E-4, now 0.0100001;"
                        + " re-pin with -Dexpolu.lock=update");
    }

    @Test
    void whatTheLockGatesIsCountedForTheTestReport() throws Exception {
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.VERIFY, log).gatedNothing()).isTrue();
        Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.UPDATE, log);
        assertThat(Locks.apply(experiment, List.of(run(HERE, 2, 1)), LockMode.VERIFY, log).matched()).isEqualTo(1);
    }
}
