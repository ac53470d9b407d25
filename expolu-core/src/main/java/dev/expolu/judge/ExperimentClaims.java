package dev.expolu.judge;

import dev.expolu.reference.ReferenceRuns;
import dev.expolu.run.Cell;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every claim an experiment file states, as {@link Judge#conclude} judges them on its runs.
 *
 * @param expectations each variant's {@code expect}, by its id ("expolu", or "cell/expolu" in a sweep), in
 *                     file order
 * @param comparisons  its {@code compare} claims; with a sweep, each in every cell, between the cell's
 *                     variants' ids
 * @param cells        the sweep's cells, in order; none without a sweep
 * @param across       the sweep's {@code across} claims
 * @param references   each variant's reference runs, by its name
 * @param agreements   its {@code agree} claims on them
 */
public record ExperimentClaims(Map<String, List<Expectation>> expectations, List<Comparison> comparisons,
        List<Cell> cells, List<SweepClaim> across, Map<String, ReferenceRuns> references, List<Agreement> agreements) {

    public ExperimentClaims {
        expectations = Collections.unmodifiableMap(new LinkedHashMap<>(expectations));
        comparisons = List.copyOf(comparisons);
        cells = List.copyOf(cells);
        across = List.copyOf(across);
        references = Map.copyOf(references);
        agreements = List.copyOf(agreements);
    }
}
