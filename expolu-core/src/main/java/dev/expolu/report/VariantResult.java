package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.record.RunRecord;
import java.util.List;

/** A variant's runs and how they did against its expectations. */
public record VariantResult(Experiment experiment, Variant variant, List<RunRecord> runs,
        List<ExpectationVerdict> verdicts) {

    public VariantResult {
        runs = List.copyOf(runs);
        verdicts = List.copyOf(verdicts);
    }

    public boolean passed() {
        return verdicts.stream().allMatch(ExpectationVerdict::isMet);
    }

    public double wallSeconds() {
        return runs.stream().mapToDouble(RunRecord::wallSeconds).sum();
    }

    /** "experiment/variant", or "experiment/cell/variant" in a sweep. */
    public String id() {
        return experiment.name() + "/" + variant.id();
    }
}
