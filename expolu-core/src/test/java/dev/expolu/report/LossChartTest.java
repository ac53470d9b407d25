package dev.expolu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The round axis is labelled at round numbers, 1-2-5 steps apart, never at equal fifths of the rounds. */
class LossChartTest {

    /** A label under the round axis: the chart's height, 300, less its bottom margin, 44, plus 16. */
    private static final Pattern ROUND_TICK = Pattern.compile("<text class=\"tick\" x=\"[0-9.]+\" y=\"272\""
            + " text-anchor=\"middle\">(\\d+)</text>");

    @Test
    void fiftyRoundsAreLabelledEveryTen() {
        assertThat(roundTicks(50)).containsExactly(10, 20, 30, 40, 50);
    }

    @Test
    void otherLengthsTakeTheLeastRoundStepThatFitsSixLabels() {
        assertThat(roundTicks(60)).containsExactly(10, 20, 30, 40, 50, 60);
        assertThat(roundTicks(1500)).containsExactly(500, 1000, 1500);
        assertThat(roundTicks(120)).containsExactly(20, 40, 60, 80, 100, 120);
        assertThat(roundTicks(7)).containsExactly(2, 4, 6);
        assertThat(roundTicks(3)).containsExactly(1, 2, 3);
        assertThat(roundTicks(1)).containsExactly(1);
    }

    private static List<Integer> roundTicks(int rounds) {
        double[] losses = new double[rounds];
        Arrays.fill(losses, 0.5);
        String svg = LossChart.svg(List.of(TestRuns.run("e", "v", 1, losses)));
        return ROUND_TICK.matcher(svg).results().map(m -> Integer.parseInt(m.group(1))).toList();
    }
}
