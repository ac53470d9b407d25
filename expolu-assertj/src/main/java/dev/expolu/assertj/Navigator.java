package dev.expolu.assertj;

import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.List;
import org.assertj.core.api.AbstractDoubleArrayAssert;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.DoubleArrayAssert;
import org.assertj.core.api.DoubleAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Makes the assertions, hard or soft. An assertion reached from another ({@code variant("relu")},
 * {@code finalLoss()}) is made the way its parent was: under soft assertions it is AssertJ's soft
 * proxy too, so its failures are collected with the rest rather than thrown.
 */
final class Navigator {

    static final Navigator HARD = new Navigator(null);

    private final SoftAssertionsProvider soft;

    private Navigator(SoftAssertionsProvider soft) {
        this.soft = soft;
    }

    static Navigator softly(SoftAssertionsProvider soft) {
        return new Navigator(soft);
    }

    ExperimentResultAssert result(ExperimentResult actual) {
        ExperimentResultAssert made = soft == null ? new ExperimentResultAssert(actual)
                : soft.proxy(ExperimentResultAssert.class, ExperimentResult.class, actual);
        made.navigator = this;
        return made;
    }

    /** @param siblings the experiment's variants, which comparisons name; empty where not known */
    VariantResultAssert variant(VariantResult actual, List<VariantResult> siblings) {
        VariantResultAssert made = soft == null ? new VariantResultAssert(actual)
                : soft.proxy(VariantResultAssert.class, VariantResult.class, actual);
        made.navigator = this;
        made.siblings = List.copyOf(siblings);
        return made;
    }

    RunRecordAssert run(RunRecord actual) {
        RunRecordAssert made = soft == null ? new RunRecordAssert(actual)
                : soft.proxy(RunRecordAssert.class, RunRecord.class, actual);
        made.navigator = this;
        return made;
    }

    AbstractDoubleAssert<?> number(double actual) {
        return soft == null ? Assertions.assertThat(actual) : soft.proxy(DoubleAssert.class, Double.class, actual);
    }

    AbstractDoubleArrayAssert<?> numbers(double[] actual) {
        return soft == null ? Assertions.assertThat(actual)
                : soft.proxy(DoubleArrayAssert.class, double[].class, actual);
    }
}
