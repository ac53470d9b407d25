package dev.expolu.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockCheckTest {

    static final Provenance HERE = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", "c0de", "17",
            "Linux", "amd64");

    @TempDir
    Path dir;

    static RunRecord run(String variant, long seed, Provenance provenance, double... losses) {
        return RunRecord.of("claim", variant, seed, new LossCurve(losses), 1, "claim.yaml", "00", Map.of(), provenance);
    }

    @Test
    void aMissingLockIsReportedNotWrittenUnlessUpdating() throws Exception {
        List<RunRecord> runs = List.of(run("expolu", 1, HERE, 3, 2, 1e-9), run("relu", 1, HERE, 3, Double.NaN, 5));
        LockCheck verify = LockCheck.of("claim", null, runs, LockMode.VERIFY);
        assertThat(verify.missing()).isTrue();
        assertThat(verify.lock()).isNull();
        assertThat(verify.unlocked()).containsExactly("expolu/seed-1", "relu/seed-1");

        LockCheck check = LockCheck.of("claim", null, runs, LockMode.UPDATE);
        Path file = dir.resolve("claim.lock.json");
        check.lock().write(file);

        LockFile back = LockFile.read(file);
        assertThat(back.runs()).containsOnlyKeys("expolu/seed-1", "relu/seed-1");
        assertThat(back.runs().get("relu/seed-1").losses()).containsExactly(3, Double.NaN, 5);
        assertThat(back.runs().get("expolu/seed-1").fingerprint()).isEqualTo(runs.get(0).fingerprint());
        assertThat(LockCheck.of("claim", back, runs, LockMode.VERIFY).mismatches()).isEmpty();
        assertThat(Files.readAllLines(file)).contains("     \"losses\": [3.0, 2.0, 1.0E-9]},"); // one curve a line
    }

    @Test
    void aMovedCurveNamesTheRunTheFirstRoundThatDiffersAndBothValues() {
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 3, HERE, 5, 4, 3, 2)), LockMode.UPDATE).lock();
        RunRecord moved = run("expolu", 3, HERE, 5, 4, 3.0000001, 2);

        LockCheck check = LockCheck.of("claim", lock, List.of(moved), LockMode.VERIFY);

        assertThat(check.mismatches()).containsExactly(
                "claim/expolu/seed-3 differs from its lock from round 3 of 4: locked 3.0, now 3.0000001"
                        + " (final loss locked 2, now 2)");
        assertThat(check.lock()).isNull();
        assertThat(LockCheck.of("claim", lock, List.of(moved), LockMode.UPDATE).lock().runs().get("expolu/seed-3")
                .fingerprint()).isEqualTo(moved.fingerprint());
    }

    @Test
    void anEditedFingerprintIsCaughtToo() {
        RunRecord record = run("expolu", 1, HERE, 5, 4);
        LockedRun edited = new LockedRun("expolu/seed-1", HERE.key(), 4, 4, "0000", record.losses());
        LockCheck check = LockCheck.of("claim", new LockFile("claim", Map.of("expolu/seed-1", edited)), List.of(record),
                LockMode.VERIFY);
        assertThat(check.mismatches()).singleElement().asString().contains("the lock was edited");
    }

    @Test
    void otherArithmeticIsNotComparableAndNotAMismatch() {
        Provenance gpu = new Provenance("0.1.0", "1.0.0-M2.1", "cuda", "NVIDIA H200 sm_90", "float32", "c0de", "17",
                "Linux", "amd64");
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, gpu, 5, 4)), LockMode.UPDATE).lock();
        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, HERE, 5, 3)), LockMode.VERIFY);
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.notComparable()).singleElement().asString()
                .startsWith("expolu/seed-1 (locked under cuda|float32|code c0de|NVIDIA H200 sm_90, now ");
    }

    @Test
    void runsTheLockDoesNotHoldAreNamedAndNotWrittenUnasked() {
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, HERE, 5)), LockMode.UPDATE).lock();
        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, HERE, 5), run("expolu", 2, HERE, 6)),
                LockMode.VERIFY);
        assertThat(check.unlocked()).containsExactly("expolu/seed-2");
        assertThat(check.lock()).isNull();
    }

    @Test
    void theKeyIsTheArithmeticNotTheReleaseTheJvmOrTheOs() {
        Provenance otherRelease = new Provenance("0.2.0", "1.0.0-M2.1", "fused", "jvm", "float32", "c0de", "25",
                "Mac OS X", "aarch64");
        assertThat(otherRelease.key()).isEqualTo(HERE.key()).isEqualTo("fused|float32|code c0de|jvm");
        Provenance otherCode = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", "beef", "17",
                "Linux", "amd64");
        assertThat(otherCode.key()).isNotEqualTo(HERE.key());
    }
}
