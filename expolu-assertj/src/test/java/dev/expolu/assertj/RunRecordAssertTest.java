package dev.expolu.assertj;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;
import static dev.expolu.assertj.ExpoluAssertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One run's claims: its losses as AssertJ's numbers, roundsTo by the core's judge. */
class RunRecordAssertTest {

    private static final String NL = System.lineSeparator();

    private final ExperimentResult result = Fixtures.result();

    @Test
    void itsLossesAreAssertJsNumbersNamedByTheRun() {
        assertThat(result.run("fast", 1)).finalLoss().isLessThan(1e-6);
        assertThat(result.run("fast", 1)).minLoss().isEqualTo(1e-7);
        assertThat(result.run("fast", 1)).losses().hasSize(5).startsWith(1, 1e-4);

        assertThatThrownBy(() -> assertThat(result.run("fast", 4)).finalLoss().isLessThan(1e-7))
                .hasMessageContaining("[finalLoss of contrast/fast/seed-4]")
                .hasMessageContaining("0.05");
    }

    @Test
    void roundsToIsTheCoresMetricWithNeverAsThePluginSaysIt() {
        assertThat(result).run("fast", 3).roundsTo(1e-3).atMost(4).roundsTo(1e-3).atLeast(4);
        assertThat(result).run("fast", 4).roundsTo(1e-3).atLeast(1000);

        assertThatThrownBy(() -> assertThat(result).run("fast", 4).roundsTo(1e-3).atMost(5))
                .hasMessage("contrast/fast/seed-4: roundsTo(1e-3) <= 5 in >= 1 of 1 seeds: 0 of 1 met it; seed 4: never"
                        + NL + "  every seed: seed 4: never");
    }
}
