package dev.expolu.assertj;

import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * expolu's assertions for any of AssertJ's soft assertions: implement it on a class that extends
 * {@link org.assertj.core.api.AbstractSoftAssertions} (as {@link ExpoluSoftAssertions} does). Every
 * assertion reached from these (a variant, a run, a loss) is soft too.
 */
public interface ExpoluSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Claims about a trained experiment, collected. */
    default ExperimentResultAssert assertThat(ExperimentResult actual) {
        return Navigator.softly(this).result(actual);
    }

    /** Claims about one variant's runs, collected. */
    default VariantResultAssert assertThat(VariantResult actual) {
        return Navigator.softly(this).variant(actual, List.of());
    }

    /** Claims about one run, collected. */
    default RunRecordAssert assertThat(RunRecord actual) {
        return Navigator.softly(this).run(actual);
    }
}
