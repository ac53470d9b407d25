package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static dev.expolu.assertj.ExpoluAssertions.assertThatThrownBy;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A variant's claims over its seeds, on the hand-made curves of {@link Fixtures}. */
class VariantResultAssertTest {

    private static final String NL = System.lineSeparator();

    private final ExperimentResult result = Fixtures.result();

    @Test
    void aClaimTheSeedsMeetPasses() {
        assertThat(result.variant("fast")).reachesLoss(1e-3).withinRounds(4).inAtLeast(3).seeds()
                .finalLoss().atMost(0.05).inEverySeed()
                .minLoss().atMost(1e-5).inAtLeast(3).seeds()
                .roundsTo(1e-3).atLeast(2).inEverySeed();
        assertThat(result.variant("slow")).roundsTo(1e-3).atLeast(5).inEverySeed(); // never counts as infinite
    }

    @Test
    void aFalseClaimFailsWithThePluginsLineAndEverySeedsFigure() {
        assertThatThrownBy(() -> assertThat(result.variant("fast")).reachesLoss(1e-3).withinRounds(3).inAtLeast(3)
                .seeds())
                .isInstanceOf(AssertionError.class)
                .hasMessage("contrast/fast: roundsTo(1e-3) <= 3 in >= 3 of 4 seeds: 2 of 4 met it; seed 3: 4, seed 4:"
                        + " never" + NL + "  every seed: seed 1: 2, seed 2: 3, seed 3: 4, seed 4: never");
    }

    @Test
    void everySeedIsTheDefaultAndNeverMissesAtMost() {
        assertThatThrownBy(() -> assertThat(result.variant("slow")).finalLoss().atMost(0.9).inEverySeed())
                .hasMessageStartingWith("contrast/slow: finalLoss <= 0.9 in >= 4 of 4 seeds: 3 of 4 met it; seed 4: 0.96");
        assertThatThrownBy(() -> assertThat(result.variant("slow")).roundsTo(1e-3).atMost(1000).inAtLeast(2).seeds())
                .hasMessageStartingWith("contrast/slow: roundsTo(1e-3) <= 1000 in >= 2 of 4 seeds: 1 of 4 met it;"
                        + " seed 2: never, seed 3: never, seed 4: never");
    }

    @Test
    void theFilesOwnExpectationsAreJudgedAsThePluginJudgesThem() {
        assertThat(result.variant("slow")).meetsItsExpectations();
        assertThatThrownBy(() -> assertThat(result.variant("fast")).meetsItsExpectations())
                .hasMessageStartingWith(result.result().misses().get(0) + NL + "  every seed: ")
                .hasMessageContaining("roundsTo(1e-3) <= 4 in >= 4 of 4 seeds: 3 of 4 met it; seed 4: never");
    }

    @Test
    void anExpectationOfTheCoreIsTheSameClaim() {
        Expectation expectation = new Expectation(new Metric.MinLoss(), new Bound(Bound.Kind.AT_MOST, 1e-6),
                OptionalInt.of(2));

        assertThat(result.variant("fast")).meets(expectation);
        assertThatThrownBy(() -> assertThat(result.variant("slow")).meets(expectation))
                .hasMessageStartingWith("contrast/slow: minLoss <= 1e-6 in >= 2 of 4 seeds: 0 of 4 met it");
    }

    @Test
    void moreSeedsThanTheVariantHasIsAMistakeNotAFailure() {
        assertThatThrownBy(() -> assertThat(result.variant("fast")).finalLoss().atMost(1).inAtLeast(5).seeds())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inAtLeast(5) seeds, but contrast/fast has 4 seed(s)");
        assertThatThrownBy(() -> assertThat(result.variant("fast")).finalLoss().atMost(1).inAtLeast(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inAtLeast(0), but expected at least 1 seed");
    }

    @Test
    void nothingIsCheckedUntilTheSeedsAreSaid() {
        assertThat(result.variant("fast")).finalLoss().atMost(1e-99); // no seed count: no claim made
    }

    @Test
    void aComparisonHoldsWhereTheSeedsShowIt() {
        assertThat(result).variant("fast").hasLowerFinalLossThan("slow").withPValueAtMost(0.05);
    }

    @Test
    void aComparisonTheDataDoNotShowFailsWithThePluginsLineAndBothVariantsFigures() {
        assertThatThrownBy(() -> assertThat(result).variant("fast").hasLowerFinalLossThan("slow")
                .withPValueAtMost(0.01))
                .hasMessage("contrast: finalLoss lower in fast than in slow: p = 0.0286, but expected p <= 0.01 (Mann-Whitney U"
                        + " = 15 of 16, exact; medians 5.5e-6 and 0.7)" + NL
                        + "  fast: seed 1: 1e-7, seed 2: 1e-6, seed 3: 1e-5, seed 4: 0.05" + NL
                        + "  slow: seed 1: 1e-4, seed 2: 0.6, seed 3: 0.8, seed 4: 0.96");
    }

    @Test
    void convergingFasterIsTheFilesCompareOnRoundsTo() {
        assertThatThrownBy(() -> assertThat(result).variant("fast").reachesLoss(1e-3).fasterThan("slow")
                .withPValueAtMost(0.05))
                .hasMessageStartingWith("contrast: " + result.comparisons().get(0).describe() + NL + "  fast: seed 1: 2, seed 2: 3,"
                        + " seed 3: 4, seed 4: never" + NL + "  slow: seed 1: 5, seed 2: never");
        assertThat(result).variant("fast").reachesLoss(1e-3).fasterThan("slow").withPValueAtMost(0.2);
    }

    @Test
    void aComparisonNeedsTheOtherVariantAndALevel() {
        assertThatThrownBy(() -> assertThat(result.variant("fast")).hasLowerFinalLossThan("slow").withPValueAtMost(0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A comparison with slow needs its runs: assert on assertThat(result).variant(\"fast\"), not"
                        + " on the variant alone");
        assertThatThrownBy(() -> assertThat(result).variant("fast").hasLowerFinalLossThan("medium")
                .withPValueAtMost(0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contrast has no variant 'medium'; expected one of [fast, slow]");
        assertThatThrownBy(() -> assertThat(result).variant("fast").hasLowerFinalLossThan("slow").withPValueAtMost(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("withPValueAtMost(0.0), but expected more than 0 and at most 1");
    }
}
