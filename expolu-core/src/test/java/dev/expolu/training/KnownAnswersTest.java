package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.Engine;
import dev.expolu.run.Precision;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declared arithmetic versions hold: each engine's tiny runs give the fingerprints pinned for
 * its version. A change that moves them fails here until the version is raised and pinned again
 * ({@link KnownAnswersCheck}); a lock compares runs of one version bit for bit, so this is what keeps
 * users' locks meaningful across releases.
 */
class KnownAnswersTest {

    private static final boolean UPDATE = "update".equals(System.getProperty("expolu.knownAnswers"));

    @Test
    void fusedGivesTheAnswersPinnedForItsArithmeticVersion() throws Exception {
        FusedEngine fused = new FusedEngine();
        Map<String, String> now = KnownAnswers.answers(fused,
                KnownAnswers.cases(Engine.FUSED, List.of(List.of(1), List.of(1, 2))));
        assertThat(now).hasSize(56);
        Arithmetic arithmetic = fused.arithmetic(Precision.FLOAT32);
        assertThat(new KnownAnswersCheck(KnownAnswers.FOLDER, "FusedEngine.ARITHMETIC").check(arithmetic, now, UPDATE))
                .isEmpty();
    }

    /** DL4J's bits depend on ND4J's backend and threads: its answers hold where they were pinned. */
    @Test
    void dl4jGivesTheAnswersPinnedForItsArithmeticVersionOnTheDeviceTheyWerePinnedOn() throws Exception {
        Dl4jEngine dl4j = new Dl4jEngine();
        Arithmetic arithmetic = dl4j.arithmetic(Precision.FLOAT32);
        var file = KnownAnswers.file("dl4j", arithmetic.version());
        if (Files.exists(file)) {
            assumeTrue(KnownAnswers.device(file).equals(arithmetic.device()), "dl4j's known answers were pinned on "
                    + KnownAnswers.device(file) + "; this is " + arithmetic.device());
        }
        Map<String, String> now = KnownAnswers.answers(dl4j, KnownAnswers.cases(Engine.DL4J, List.of(List.of(1))));
        assertThat(new KnownAnswersCheck(KnownAnswers.FOLDER, "Dl4jEngine.ARITHMETIC").check(arithmetic, now, UPDATE))
                .isEmpty();
    }
}
