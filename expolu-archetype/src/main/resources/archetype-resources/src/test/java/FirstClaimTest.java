package ${package};

import static dev.expolu.assertj.ExpoluAssertions.assertThat;

import dev.expolu.assertj.ExperimentResult;
import dev.expolu.assertj.Expolu;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The experiment {@code src/experiments/first-claim.yaml} gated from JUnit: its runs are the ones
 * {@code expolu:train} trains in {@code verify} (whichever trains them first, the other takes them from
 * the run cache), judged by the same judge.
 */
class FirstClaimTest {

    @Test
    void everySeedFitsTheSevenPoints() {
        ExperimentResult result = Expolu.train(Path.of("src/experiments/first-claim.yaml"));

        // the file's own claims, failing with the very message expolu:train fails the build with
        assertThat(result).passes();
        // and one the file does not state
        assertThat(result.variant("default")).finalLoss().atMost(1.0e-8).inEverySeed();
    }
}
