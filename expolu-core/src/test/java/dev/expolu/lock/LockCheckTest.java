package dev.expolu.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockCheckTest {

    static final Provenance HERE = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "c0de", "17",
            "Linux", "amd64");

    static final Function<RunRecord, Map<String, String>> NO_SETTINGS = r -> Map.of();

    @TempDir
    Path dir;

    static RunRecord run(String variant, long seed, Provenance provenance, double... losses) {
        return RunRecord.of("claim", variant, seed, new LossCurve(losses), 1, "claim.yaml", "00", Map.of(), provenance);
    }

    @Test
    void aMissingLockIsReportedNotWrittenUnlessUpdating() throws Exception {
        List<RunRecord> runs = List.of(run("expolu", 1, HERE, 3, 2, 1e-9), run("relu", 1, HERE, 3, Double.NaN, 5));
        LockCheck verify = LockCheck.of("claim", null, runs, NO_SETTINGS, LockMode.VERIFY);
        assertThat(verify.missing()).isTrue();
        assertThat(verify.lock()).isNull();
        assertThat(verify.unlocked()).containsExactly("expolu/seed-1", "relu/seed-1");

        LockCheck check = LockCheck.of("claim", null, runs, NO_SETTINGS, LockMode.UPDATE);
        Path file = dir.resolve("claim.lock.json");
        check.lock().write(file);

        LockFile back = LockFile.read(file);
        assertThat(back.runs()).containsOnlyKeys("expolu/seed-1", "relu/seed-1");
        assertThat(back.runs().get("relu/seed-1").losses()).containsExactly(3, Double.NaN, 5);
        assertThat(back.runs().get("expolu/seed-1").fingerprint()).isEqualTo(runs.get(0).fingerprint());
        assertThat(LockCheck.of("claim", back, runs, NO_SETTINGS, LockMode.VERIFY).mismatches()).isEmpty();
        assertThat(Files.readAllLines(file)).contains("     \"losses\": [3.0, 2.0, 1.0E-9]},"); // one curve a line
    }

    @Test
    void aMovedCurveNamesTheRunTheFirstRoundThatDiffersAndBothValues() {
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 3, HERE, 5, 4, 3, 2)), NO_SETTINGS, LockMode.UPDATE).lock();
        RunRecord moved = run("expolu", 3, HERE, 5, 4, 3.0000001, 2);

        LockCheck check = LockCheck.of("claim", lock, List.of(moved), NO_SETTINGS, LockMode.VERIFY);

        assertThat(check.mismatches()).containsExactly(
                "claim/expolu/seed-3 moved from round 3 of 4 (locked 3.0, now 3.0000001; final loss locked 2, now 2);"
                        + " the training code is the one it was pinned with (code c0de), yet its arithmetic"
                        + " (fused|float32|arithmetic 1|jvm) gave other bits here: another JVM, library or processor"
                        + " moved it");
        assertThat(check.lock()).isNull();
        assertThat(LockCheck.of("claim", lock, List.of(moved), NO_SETTINGS, LockMode.UPDATE).lock().runs().get("expolu/seed-3")
                .fingerprint()).isEqualTo(moved.fingerprint());
    }

    @Test
    void anEditedFingerprintIsCaughtToo() {
        RunRecord record = run("expolu", 1, HERE, 5, 4);
        LockedRun edited = new LockedRun("expolu/seed-1", HERE.lockKey(), "c0de", Map.of(), 4, 4, "0000",
                record.losses());
        LockCheck check = LockCheck.of("claim", new LockFile("claim", Map.of("expolu/seed-1", edited)), List.of(record),
                NO_SETTINGS, LockMode.VERIFY);
        assertThat(check.mismatches()).singleElement().asString().contains("the lock was edited");
    }

    @Test
    void otherArithmeticIsNotComparableAndNotAMismatch() {
        Provenance gpu = new Provenance("0.1.0", "1.0.0-M2.1", "cuda", "NVIDIA H200 sm_90", "float32", 1, "c0de", "17",
                "Linux", "amd64");
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, gpu, 5, 4)), NO_SETTINGS, LockMode.UPDATE).lock();
        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, HERE, 5, 3)), NO_SETTINGS, LockMode.VERIFY);
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.notComparable()).singleElement().asString()
                .startsWith("expolu/seed-1 (locked under cuda|float32|arithmetic 1|NVIDIA H200 sm_90, now ");
    }

    @Test
    void runsTheLockDoesNotHoldAreNamedAndNotWrittenUnasked() {
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, HERE, 5)), NO_SETTINGS, LockMode.UPDATE).lock();
        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, HERE, 5), run("expolu", 2, HERE, 6)),
                NO_SETTINGS, LockMode.VERIFY);
        assertThat(check.unlocked()).containsExactly("expolu/seed-2");
        assertThat(check.lock()).isNull();
    }

    @Test
    void theKeyIsTheDeclaredArithmeticNotTheCodeTheReleaseTheJvmOrTheOs() {
        Provenance otherRelease = new Provenance("0.2.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "beef", "25",
                "Mac OS X", "aarch64");
        assertThat(otherRelease.lockKey()).isEqualTo(HERE.lockKey()).isEqualTo("fused|float32|arithmetic 1|jvm");
        Provenance raised = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 2, "c0de", "17",
                "Linux", "amd64");
        assertThat(raised.lockKey()).isNotEqualTo(HERE.lockKey());
    }

    @Test
    void aCurveMovedByOtherCodeUnderTheSameDeclaredArithmeticFailsAndSaysWhatToDo() {
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, HERE, 5, 4, 3)), NO_SETTINGS,
                LockMode.UPDATE).lock();
        Provenance otherCode = new Provenance("0.1.0", "1.0.0-M2.1", "fused", "jvm", "float32", 1, "beef", "17",
                "Linux", "amd64");

        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, otherCode, 5, 4.5, 3)), NO_SETTINGS,
                LockMode.VERIFY);

        assertThat(check.notComparable()).isEmpty();
        assertThat(check.mismatches()).containsExactly("claim/expolu/seed-1 moved from round 2 of 3 (locked 4.0, now"
                + " 4.5; final loss locked 3, now 3); the training code changed since it was pinned (code c0de, now"
                + " beef): if that change was meant to move the arithmetic, raise the arithmetic version and re-pin"
                + " with -Dexpolu.lock=update");
        // the same curve under other code passes: a comment edit or a refactoring keeps the lock
        assertThat(LockCheck.of("claim", lock, List.of(run("expolu", 1, otherCode, 5, 4, 3)), NO_SETTINGS,
                LockMode.VERIFY).mismatches()).isEmpty();
    }

    @Test
    void aChangedSettingIsNamedNotReportedAsAMovedCurve() {
        Map<String, String> then = new LinkedHashMap<>(Map.of("model.layers", "3"));
        then.put("training.learningRate", "0.01");
        Map<String, String> now = new LinkedHashMap<>(Map.of("model.layers", "3"));
        now.put("training.learningRate", "0.0100001");
        LockFile lock = LockCheck.of("claim", null, List.of(run("expolu", 1, HERE, 5, 4)), r -> then,
                LockMode.UPDATE).lock();

        LockCheck check = LockCheck.of("claim", lock, List.of(run("expolu", 1, HERE, 5, 4.0001)), r -> now,
                LockMode.VERIFY);

        assertThat(check.mismatches()).containsExactly("claim/expolu/seed-1: settings changed since the lock:"
                + " training.learningRate 0.01, now 0.0100001; re-pin with -Dexpolu.lock=update");
    }

    @Test
    void settingsSurviveTheFileAndALongValueIsOnlySaidToHaveChanged() throws Exception {
        Map<String, String> then = Map.of("data.points", "[[-2.0, 1.0], [-1.0, 2.0], [0.0, 0.0], [1.0, 2.0], [2.0, 1.0]]");
        LockCheck.of("claim", null, List.of(run("expolu", 1, HERE, 5, 4)), r -> then, LockMode.UPDATE).lock()
                .write(dir.resolve("claim.lock.json"));
        LockFile back = LockFile.read(dir.resolve("claim.lock.json"));
        assertThat(back.runs().get("expolu/seed-1").settings()).isEqualTo(then);
        assertThat(back.runs().get("expolu/seed-1").code()).isEqualTo("c0de");

        LockCheck check = LockCheck.of("claim", back, List.of(run("expolu", 1, HERE, 5, 3)),
                r -> Map.of("data.points", "[[-2.0, 1.0], [-1.0, 2.0], [0.0, 0.5], [1.0, 2.0], [2.0, 1.0]]"),
                LockMode.VERIFY);
        assertThat(check.mismatches()).containsExactly("claim/expolu/seed-1: settings changed since the lock:"
                + " data.points changed; re-pin with -Dexpolu.lock=update");
    }

    @Test
    void aLockOfAnEarlierExpoluReadsAndCannotGateUntilPinnedAgain() throws Exception {
        Path file = dir.resolve("claim.lock.json");
        Files.writeString(file, """
                {"experiment": "claim", "runs": [
                  {"run": "expolu/seed-1", "provenance": "fused|float32|code 4d6a11c0b5964010|jvm",
                   "finalLoss": 4.0, "minLoss": 4.0, "fingerprint": "ab", "losses": [5.0, 4.0]}]}
                """);
        LockCheck check = LockCheck.of("claim", LockFile.read(file), List.of(run("expolu", 1, HERE, 5, 3)),
                NO_SETTINGS, LockMode.VERIFY);
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.notComparable()).containsExactly("expolu/seed-1 (locked under fused|float32|code"
                + " 4d6a11c0b5964010|jvm, now fused|float32|arithmetic 1|jvm)");
    }
}
