package dev.expolu.experiment;

import dev.expolu.judge.Agreement;
import dev.expolu.reference.ReferenceRuns;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment's reference runs, by variant, and its {@code agree} claims about them.
 *
 * @param runs   each variant's {@code reference:}, by the variant's name; variants without one are absent
 * @param claims the {@code agree} claims, in file order
 */
public record References(Map<String, ReferenceRuns> runs, List<Agreement> claims) {

    /** No reference runs, no claims. */
    public static final References NONE = new References(Map.of(), List.of());

    public References {
        runs = Map.copyOf(runs);
        claims = List.copyOf(claims);
    }

    public Optional<ReferenceRuns> of(String variant) {
        return Optional.ofNullable(runs.get(variant));
    }
}
