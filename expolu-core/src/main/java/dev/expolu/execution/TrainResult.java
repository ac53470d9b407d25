package dev.expolu.execution;

import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.judge.SweepVerdict;
import dev.expolu.report.JudgedExperiment;
import dev.expolu.report.VariantResult;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every variant trained and judged, each experiment's claims tested, and the runs whose curves moved
 * from their lock.
 *
 * @param variants       every variant with runs, judged
 * @param lockMismatches one line per run that differs from its lock, and under {@code strict} per lock
 *                       that cannot gate
 * @param experiments    each experiment with its own verdicts
 */
public record TrainResult(List<VariantResult> variants, List<String> lockMismatches,
        List<JudgedExperiment> experiments) {

    public TrainResult {
        variants = List.copyOf(variants);
        lockMismatches = List.copyOf(lockMismatches);
        experiments = List.copyOf(experiments);
    }

    /** The {@code compare} claims, tested, experiment by experiment. */
    public List<ComparisonVerdict> comparisons() {
        return experiments.stream().flatMap(e -> e.comparisons().stream()).toList();
    }

    /** The {@code across} claims of swept experiments, judged cell by cell. */
    public List<SweepVerdict> sweeps() {
        return experiments.stream().flatMap(e -> e.sweeps().stream()).toList();
    }

    /** The {@code agree} claims against reference runs, tested. */
    public List<AgreementVerdict> agreements() {
        return experiments.stream().flatMap(e -> e.agreements().stream()).toList();
    }

    public boolean passed() {
        return variants.stream().allMatch(VariantResult::passed) && lockMismatches.isEmpty()
                && comparisons().stream().allMatch(ComparisonVerdict::holds)
                && sweeps().stream().allMatch(SweepVerdict::holds)
                && agreements().stream().allMatch(AgreementVerdict::holds);
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
        List<String> unshown = missed(JudgedExperiment::comparisons, ComparisonVerdict::holds, ComparisonVerdict::describe);
        if (!unshown.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Comparisons the data do not show:").append(nl)
                    .append("  ").append(String.join(nl + "  ", unshown));
        }
        List<String> across = missed(JudgedExperiment::sweeps, SweepVerdict::holds, SweepVerdict::describe);
        if (!across.isEmpty()) {
            message.append(message.length() > 0 ? nl : "").append("Sweep claims missed:").append(nl).append("  ")
                    .append(String.join(nl + "  ", across));
        }
        List<String> disagreed = missed(JudgedExperiment::agreements, AgreementVerdict::holds,
                AgreementVerdict::describe);
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

    /** "experiment: verdict" for each claim of {@code claims} that does not hold. */
    private <V> List<String> missed(Function<JudgedExperiment, List<V>> claims, Predicate<V> holds,
            Function<V, String> describe) {
        return experiments.stream().flatMap(e -> claims.apply(e).stream().filter(holds.negate())
                .map(v -> e.experiment().name() + ": " + describe.apply(v))).toList();
    }

    /** One line per missed expectation: "experiment/variant: finalLoss <= 1e-7 in >= 8 of 10 seeds: ...". */
    public List<String> misses() {
        return variants.stream().flatMap(v -> v.verdicts().stream().filter(e -> !e.isMet())
                .map(ExpectationVerdict::describe).map(d -> v.id() + ": " + d)).toList();
    }
}
