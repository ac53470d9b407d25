package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static dev.expolu.assertj.ExpoluAssertions.assertThatThrownBy;

import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;
import org.junit.jupiter.api.Test;

/** The whole experiment's claims, and the way to its variants and runs. */
class ExperimentResultAssertTest {

    private static final String NL = System.lineSeparator();

    private final ExperimentResult result = Fixtures.result();

    @Test
    void passesFailsWithTheMessageThePluginFailsTheBuildWith() {
        assertThatThrownBy(() -> assertThat(result).passes())
                .isInstanceOf(AssertionError.class)
                .hasMessage(result.result().failureMessage())
                .hasMessageStartingWith("Experiment expectations missed:" + NL
                        + "  contrast/fast: roundsTo(1e-3) <= 4 in >= 4 of 4 seeds: 3 of 4 met it; seed 4: never" + NL
                        + "Comparisons the data do not show:" + NL
                        + "  contrast: roundsTo(1e-3) lower in fast than in slow: p = ");
    }

    @Test
    void aDescriptionLeadsTheMessageAsInAnyAssertJAssertion() {
        assertThatThrownBy(() -> assertThat(result).as("the seed's claim").passes())
                .hasMessageStartingWith("[the seed's claim] Experiment expectations missed:");
    }

    @Test
    void aComparisonOfTheCoreIsJudgedAsTheFilesCompare() {
        Comparison fileClaim = result.experiment().comparisons().get(0);

        assertThatThrownBy(() -> assertThat(result).shows(fileClaim))
                .hasMessageStartingWith("contrast: " + result.comparisons().get(0).describe() + NL);
        assertThat(result).shows(new Comparison(new Metric.FinalLoss(), "fast", "slow", 0.05));
    }

    @Test
    void anUnknownVariantOrSeedIsAMistakeNamingWhatThereIs() {
        assertThatThrownBy(() -> assertThat(result).variant("medium"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contrast has no variant 'medium'; expected one of [fast, slow]");
        assertThatThrownBy(() -> assertThat(result).run("fast", 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contrast/fast has no seed 9; expected one of [1, 2, 3, 4]");
    }
}
