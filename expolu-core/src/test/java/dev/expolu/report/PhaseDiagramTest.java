package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.expolu.stats.FisherExact;
import org.junit.jupiter.api.Test;

/** The phase diagram's colours and its test of a cell's difference, on figures known by hand. */
class PhaseDiagramTest {

    @Test
    void fishersExactTestGivesTheTextbookValues() {
        // Fisher's tea: 3 of 4 against 1 of 4; 34 of the 70 tables are no more likely
        assertThat(FisherExact.twoSided(3, 4, 1, 4)).isCloseTo(34.0 / 70, within(1e-12));
        // 10 of 10 against 2 of 10: only the two extreme tables, each C(10,2) / C(20,12)
        assertThat(FisherExact.twoSided(10, 10, 2, 10)).isCloseTo(2 * 45.0 / 125970, within(1e-15));
        assertThat(FisherExact.twoSided(0, 3, 0, 3)).isEqualTo(1.0);
        assertThat(FisherExact.twoSided(5, 10, 5, 10)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void coloursRunFromEndToEndThroughTheirStops() {
        assertThat(HeatColors.css(HeatColors.share(0))).isEqualTo("rgb(68, 1, 84)");
        assertThat(HeatColors.css(HeatColors.share(0.5))).isEqualTo("rgb(33, 145, 140)");
        assertThat(HeatColors.css(HeatColors.share(1))).isEqualTo("rgb(253, 231, 37)");
        assertThat(HeatColors.css(HeatColors.share(0.125))).isEqualTo("rgb(64, 42, 112)");
        assertThat(HeatColors.css(HeatColors.difference(-1))).isEqualTo("rgb(178, 24, 43)");
        assertThat(HeatColors.css(HeatColors.difference(0))).isEqualTo("rgb(247, 247, 247)");
        assertThat(HeatColors.css(HeatColors.difference(1))).isEqualTo("rgb(33, 102, 172)");
        assertThat(HeatColors.css(HeatColors.difference(2))).as("clamped").isEqualTo("rgb(33, 102, 172)");
    }
}
