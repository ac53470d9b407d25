package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    @Test
    void printsALineAtIntervalsWithTheTimeLeftNeverOnePerRound() {
        List<String> lines = new ArrayList<>();
        long[] now = {0};
        ProgressLog log = new ProgressLog("e/v/seed-1", Duration.ofSeconds(10), lines::add, () -> now[0]);
        for (int round = 1; round <= 400; round++) {
            now[0] += 1_000_000_000L; // a second a round
            log.roundFinished(round, 400, 1.0 / round);
        }
        assertThat(lines).hasSize(39);
        assertThat(lines.get(0)).isEqualTo("e/v/seed-1: round 10/400, loss 0.1, 6m 30s left");
    }
}
