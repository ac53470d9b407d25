package dev.expolu.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Failures collected, not thrown, through every way an assertion is reached. */
class SoftAssertionsTest {

    private final ExperimentResult result = Fixtures.result();

    @Test
    void everyFailureIsCollectedAndReportedTogether() {
        ExpoluSoftAssertions softly = new ExpoluSoftAssertions();

        softly.assertThat(result).variant("fast").finalLoss().atMost(1e-7).inEverySeed()   // fails
                .reachesLoss(1e-3).withinRounds(3).inAtLeast(3).seeds();                   // fails
        softly.assertThat(result).variant("fast").hasLowerFinalLossThan("slow").withPValueAtMost(0.01); // fails
        softly.assertThat(result).run("slow", 2).finalLoss().isLessThan(0.5);              // fails
        softly.assertThat(result.run("slow", 2)).roundsTo(1e-3).atMost(5);                // fails
        softly.assertThat(result.variant("slow")).meetsItsExpectations();                 // holds
        softly.assertThat(1 + 1).isEqualTo(3);                                             // AssertJ's own, fails

        AssertJMultipleFailuresError all = catchThrowableOfType(softly::assertAll, AssertJMultipleFailuresError.class);
        org.assertj.core.api.Assertions.assertThat(all.getFailures()).extracting(Throwable::getMessage)
                .satisfiesExactly(
                        m -> org.assertj.core.api.Assertions.assertThat(m)
                                .startsWith("contrast/fast: finalLoss <= 1e-7 in >= 4 of 4 seeds: 1 of 4 met it"),
                        m -> org.assertj.core.api.Assertions.assertThat(m)
                                .startsWith("contrast/fast: roundsTo(1e-3) <= 3 in >= 3 of 4 seeds: 2 of 4 met it"),
                        m -> org.assertj.core.api.Assertions.assertThat(m)
                                .startsWith("contrast: finalLoss lower in fast than in slow: p = 0.0286"),
                        m -> org.assertj.core.api.Assertions.assertThat(m)
                                .contains("[finalLoss of contrast/slow/seed-2]"),
                        m -> org.assertj.core.api.Assertions.assertThat(m)
                                .startsWith("contrast/slow/seed-2: roundsTo(1e-3) <= 5"),
                        m -> org.assertj.core.api.Assertions.assertThat(m).contains("expected: 3"));
    }

    @Test
    void assertSoftlyWithExpolusSoftAssertions() {
        assertThatThrownBy(() -> SoftAssertionsProvider.assertSoftly(ExpoluSoftAssertions.class, softly -> {
            softly.assertThat(result).passes();
            softly.assertThat(result.variant("slow")).finalLoss().atMost(0.5).inEverySeed();
        })).isInstanceOf(AssertJMultipleFailuresError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("Experiment expectations missed:")
                .hasMessageContaining("contrast/slow: finalLoss <= 0.5 in >= 4 of 4 seeds: 1 of 4 met it");
    }

    @Test
    void assertJsOwnSoftAssertionsCollectThemThroughCheck() {
        SoftAssertions softly = new SoftAssertions();

        softly.check(() -> ExpoluAssertions.assertThat(result).passes());
        softly.check(() -> ExpoluAssertions.assertThat(result.variant("fast")).finalLoss().atMost(1).inEverySeed());

        assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (1 failure)")
                .hasMessageContaining("Experiment expectations missed:");
    }
}
