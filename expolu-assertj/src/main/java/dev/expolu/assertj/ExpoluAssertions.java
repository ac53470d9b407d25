package dev.expolu.assertj;

import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * AssertJ's {@link Assertions} with expolu's: one static import gives both.
 *
 * <pre>{@code
 * import static dev.expolu.assertj.ExpoluAssertions.assertThat;
 *
 * assertThat(result.variant("expolu")).reachesLoss(1e-3).withinRounds(150).inAtLeast(8).seeds();
 * assertThat(result).variant("expolu").reachesLoss(1e-3).fasterThan("relu").withPValueAtMost(0.01);
 * assertThat(result.run("expolu", 1)).finalLoss().isLessThan(1e-7);
 * }</pre>
 *
 * {@link ExpoluSoftAssertions} collects the same assertions softly.
 */
public class ExpoluAssertions extends Assertions {

    protected ExpoluAssertions() {
    }

    /** Claims about a trained experiment. */
    public static ExperimentResultAssert assertThat(ExperimentResult actual) {
        return Navigator.HARD.result(actual);
    }

    /**
     * Claims about one variant's runs. Comparisons need the other variant: make those from
     * {@code assertThat(result).variant(name)}.
     */
    public static VariantResultAssert assertThat(VariantResult actual) {
        return Navigator.HARD.variant(actual, List.of());
    }

    /** Claims about one run. */
    public static RunRecordAssert assertThat(RunRecord actual) {
        return Navigator.HARD.run(actual);
    }
}
