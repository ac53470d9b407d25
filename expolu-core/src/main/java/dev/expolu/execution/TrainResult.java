package dev.expolu.execution;

import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.judge.SweepVerdict;
import dev.expolu.report.VariantResult;
import java.util.List;

/**
 * Every variant trained and judged, and the runs whose curves moved from their lock.
 *
 * @param lockMismatches one line per run that differs from its lock, and under {@code strict} per lock
 *                       that cannot gate
 * @param comparisons    the {@code compare} claims, tested
 * @param sweeps         the {@code across} claims of swept experiments, judged cell by cell
 * @param agreements     the {@code agree} claims against reference runs, tested
 */
public record TrainResult(List<VariantResult> variants, List<String> lockMismatches,
        List<ComparisonVerdict> comparisons, List<SweepVerdict> sweeps, List<AgreementVerdict> agreements) {

    public TrainResult {
        variants = List.copyOf(variants);
        lockMismatches = List.copyOf(lockMismatches);
        comparisons = List.copyOf(comparisons);
        sweeps = List.copyOf(sweeps);
        agreements = List.copyOf(agreements);
    }

    /** A result without sweeps or {@code agree} claims. */
    public TrainResult(List<VariantResult> variants, List<String> lockMismatches,
            List<ComparisonVerdict> comparisons) {
        this(variants, lockMismatches, comparisons, List.of(), List.of());
    }

    public boolean passed() {
        return variants.stream().allMatch(VariantResult::passed) && lockMismatches.isEmpty()
                && comparisons.stream().allMatch(ComparisonVerdict::holds)
                && sweeps.stream().allMatch(SweepVerdict::holds)
                && agreements.stream().allMatch(AgreementVerdict::holds);
    }

    /**
     * What failed, for the build's message: the missed expectations, the comparisons and agreements not
     * shown, then the moved curves.
     */
    public String failureMessage() {
        String nl = System.lineSeparator();
        StringBuilder message = new StringBuilder();
        if (!misses().isEmpty()) {
            message.append("Experiment expectations missed:").append(nl).append("  ")
                    .append(String.join(nl + "  ", misses()));
        }
        List<String> unshown = comparisons.stream().filter(c -> !c.holds()).map(ComparisonVerdict::describe).toList();
        if (!unshown.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Comparisons the data do not show:").append(nl)
                    .append("  ").append(String.join(nl + "  ", unshown));
        }
        List<String> across = sweeps.stream().filter(s -> !s.holds()).map(SweepVerdict::describe).toList();
        if (!across.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Sweep claims missed:").append(nl).append("  ")
                    .append(String.join(nl + "  ", across));
        }
        List<String> disagreed = agreements.stream().filter(a -> !a.holds()).map(AgreementVerdict::describe).toList();
        if (!disagreed.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Agreements with reference runs not shown:")
                    .append(nl).append("  ").append(String.join(nl + "  ", disagreed));
        }
        if (!lockMismatches.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Lock checks failed (accept a change with")
                    .append(" -Dexpolu.lock=update):").append(nl).append("  ")
                    .append(String.join(nl + "  ", lockMismatches));
        }
        return message.toString();
    }

    /** One line per missed expectation: "experiment/variant: finalLoss <= 1e-7 in >= 8 of 10 seeds: ...". */
    public List<String> misses() {
        return variants.stream().flatMap(v -> v.verdicts().stream().filter(e -> !e.isMet())
                .map(ExpectationVerdict::describe).map(d -> v.id() + ": " + d)).toList();
    }
}
