package dev.expolu.execution;

import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.judge.VariantResult;
import java.util.List;

/** Every variant trained, judged. */
public record TrainResult(List<VariantResult> variants) {

    public TrainResult {
        variants = List.copyOf(variants);
    }

    public boolean passed() {
        return variants.stream().allMatch(VariantResult::passed);
    }

    /** One line per missed expectation: "experiment/variant: finalLoss <= 1e-7 in >= 8 of 10 seeds: ...". */
    public List<String> misses() {
        return variants.stream().flatMap(v -> v.verdicts().stream().filter(e -> !e.isMet())
                .map(ExpectationVerdict::describe).map(d -> v.id() + ": " + d)).toList();
    }
}
