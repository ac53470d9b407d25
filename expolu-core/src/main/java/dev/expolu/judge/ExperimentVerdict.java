package dev.expolu.judge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an experiment's runs bore out its claims ({@link Judge#conclude}).
 *
 * @param expectations each variant's expectations judged, by its id, for the variants that have runs
 * @param comparisons  its {@code compare} claims, tested
 * @param sweeps       its {@code across} claims, judged cell by cell
 * @param agreements   its {@code agree} claims, tested
 */
public record ExperimentVerdict(Map<String, List<ExpectationVerdict>> expectations,
        List<ComparisonVerdict> comparisons, List<SweepVerdict> sweeps, List<AgreementVerdict> agreements) {

    public ExperimentVerdict {
        expectations = Collections.unmodifiableMap(new LinkedHashMap<>(expectations));
        comparisons = List.copyOf(comparisons);
        sweeps = List.copyOf(sweeps);
        agreements = List.copyOf(agreements);
    }

    /** The verdicts of the expectations of the variant with {@code id}; empty where it has no runs. */
    public Optional<List<ExpectationVerdict>> expectationsOf(String id) {
        return Optional.ofNullable(expectations.get(id));
    }
}
