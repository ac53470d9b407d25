package dev.expolu.assertj;

import dev.expolu.judge.Comparison;
import org.assertj.core.api.AbstractAssert;

/**
 * Claims about a whole experiment, and the way to its variants and runs:
 *
 * <pre>{@code
 * assertThat(result).passes();   // every expect and compare of the file, as the plugin's gate
 * assertThat(result).variant("expolu").reachesLoss(1e-3).fasterThan("relu").withPValueAtMost(0.01);
 * }</pre>
 */
public class ExperimentResultAssert extends AbstractAssert<ExperimentResultAssert, ExperimentResult> {

    /** How assertions reached from this one are made: hard, or soft as this one. */
    Navigator navigator = Navigator.HARD;

    public ExperimentResultAssert(ExperimentResult actual) {
        super(actual, ExperimentResultAssert.class);
    }

    /**
     * Checks every expectation and comparison the experiment states, as {@code expolu:train} does;
     * the message is the one the plugin fails the build with.
     */
    public ExperimentResultAssert passes() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage("%s", actual.result().failureMessage());
        }
        return myself;
    }

    /**
     * The variant named {@code name}, with the others at hand for comparisons.
     *
     * @throws IllegalArgumentException naming the variants there are
     */
    public VariantResultAssert variant(String name) {
        isNotNull();
        return navigator.variant(actual.variant(name), actual.variants());
    }

    /** The run of {@code variant} with {@code seed}. */
    public RunRecordAssert run(String variant, long seed) {
        isNotNull();
        return navigator.run(actual.run(variant, seed));
    }

    /** Checks a comparison, a value of the core's judge, between two of the experiment's variants. */
    public ExperimentResultAssert shows(Comparison comparison) {
        isNotNull();
        Claims.notShown(comparison, actual.variant(comparison.better()), actual.variant(comparison.than()))
                .ifPresent(m -> failWithMessage("%s", m));
        return myself;
    }
}
