package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.run.Arithmetic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known-answer check, planted both ways: answers moved under one version, a version raised without pinning. */
class KnownAnswersCheckTest {

    private static final Map<String, String> PINNED = answers("aa", "bb");

    @TempDir
    Path dir;

    private static Map<String, String> answers(String relu, String expolu) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("float32 relu() powers [1]", relu);
        answers.put("float32 expolu(a=1.0, b=1.0, p=2.0) powers [1]", expolu);
        return answers;
    }

    private static Arithmetic version(int v) {
        return new Arithmetic("fused", "float32", v, "c0de", "jvm");
    }

    private KnownAnswersCheck check() throws Exception {
        KnownAnswers.write(dir.resolve("fused-arithmetic-1.txt"), version(1), PINNED);
        return new KnownAnswersCheck(dir, "FusedEngine.ARITHMETIC");
    }

    @Test
    void theSameAnswersUnderTheSameVersionHold() throws Exception {
        assertThat(check().check(version(1), PINNED, false)).isEmpty();
    }

    @Test
    void answersMovedWithoutRaisingTheVersionFailAndUpdateDoesNotRewriteThem() throws Exception {
        KnownAnswersCheck check = check();
        String expected = "the arithmetic of fused moved without raising FusedEngine.ARITHMETIC (still 1): 1 of 2 known"
                + " answers differ (first: float32 expolu(a=1.0, b=1.0, p=2.0) powers [1]: pinned bb, now cc). If the"
                + " change is meant to move the bits, raise FusedEngine.ARITHMETIC, add a line to CHANGELOG.md and pin"
                + " with -Dexpolu.knownAnswers=update; if not, it is a regression";
        assertThat(check.check(version(1), answers("aa", "cc"), false)).contains(expected);
        assertThat(check.check(version(1), answers("aa", "cc"), true)).get().asString().startsWith(expected);
        assertThat(KnownAnswers.read(dir.resolve("fused-arithmetic-1.txt"))).isEqualTo(PINNED);
    }

    @Test
    void aRaisedVersionWithoutItsAnswersFailsThenPinningItPasses() throws Exception {
        KnownAnswersCheck check = check();
        Path file = dir.resolve("fused-arithmetic-2.txt");
        assertThat(check.check(version(2), answers("aa", "cc"), false)).contains("fused arithmetic 2 has no known"
                + " answers (" + file + "): a raised FusedEngine.ARITHMETIC is pinned with"
                + " -Dexpolu.knownAnswers=update, with a line in CHANGELOG.md saying what moved");

        assertThat(check.check(version(2), answers("aa", "cc"), true)).isEmpty();
        assertThat(KnownAnswers.read(file)).isEqualTo(answers("aa", "cc"));
        assertThat(check.check(version(2), answers("aa", "cc"), false)).isEmpty();
    }

    @Test
    void aRaisedVersionWhoseAnswersDidNotMoveFails() throws Exception {
        assertThat(check().check(version(2), PINNED, true)).get().asString().startsWith("FusedEngine.ARITHMETIC was"
                + " raised to 2, but every known answer is the one pinned for 1");
        assertThat(dir.resolve("fused-arithmetic-2.txt")).doesNotExist();
        assertThat(Files.exists(dir.resolve("fused-arithmetic-1.txt"))).isTrue();
    }
}
