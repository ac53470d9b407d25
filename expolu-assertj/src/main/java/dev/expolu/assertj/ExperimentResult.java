package dev.expolu.assertj;

import dev.expolu.execution.TrainResult;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.List;
import java.util.Objects;

/**
 * One experiment trained and judged from a test: what {@link Expolu#train} returns and
 * {@link ExpoluAssertions#assertThat(ExperimentResult)} takes.
 *
 * @param experiment the experiment, as the loader checked it
 * @param result     its variants' runs and verdicts, and its {@code compare} claims tested, as the
 *                   plugin has them
 */
public record ExperimentResult(Experiment experiment, TrainResult result) {

    public ExperimentResult {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(result, "result");
    }

    /** Every variant, in the file's order. */
    public List<VariantResult> variants() {
        return result.variants();
    }

    /**
     * The variant named {@code name}.
     *
     * @throws IllegalArgumentException naming the variants there are
     */
    public VariantResult variant(String name) {
        return variants().stream().filter(v -> v.variant().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(experiment.name() + " has no variant '" + name
                        + "'; expected one of " + experiment.variants().stream().map(Variant::name).toList()));
    }

    /**
     * The run of {@code variant} with {@code seed}.
     *
     * @throws IllegalArgumentException naming the variants or the seeds there are
     */
    public RunRecord run(String variant, long seed) {
        VariantResult found = variant(variant);
        return found.runs().stream().filter(r -> r.seed() == seed).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(found.id() + " has no seed " + seed
                        + "; expected one of " + found.variant().seeds()));
    }

    /** The experiment's {@code compare} claims, tested. */
    public List<ComparisonVerdict> comparisons() {
        return result.comparisons();
    }

    /** Whether every expectation and comparison of the experiment holds, as the plugin's gate decides. */
    public boolean passed() {
        return result.passed();
    }
}
