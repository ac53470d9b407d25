package dev.expolu.experiment;

import dev.expolu.judge.Comparison;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.ExperimentClaims;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment file, loaded and checked.
 *
 * @param name        its {@code name}, or the file name without extension
 * @param description its {@code description}, or empty
 * @param file        where it was read from
 * @param sha256      the hash of the file's bytes, for provenance
 * @param variants    its variants, in file order; with a sweep, every variant in every cell, cell by
 *                    cell (each {@link Variant#id()} is then {@code cell/variant})
 * @param comparisons its {@code compare} claims between variants; with a sweep, each in every cell,
 *                    between the cell's variants ({@code lower: cell/expolu})
 * @param sweep       its {@code sweep}: axes, cells and {@code across} claims; empty where it has none
 * @param references  its variants' {@code reference:} runs and its {@code agree} claims about them
 */
public record Experiment(String name, String description, Path file, String sha256, List<Variant> variants,
        List<Comparison> comparisons, Optional<Sweep> sweep, References references) {

    public Experiment {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
    }

    /** An experiment without a sweep or reference runs. */
    public Experiment(String name, String description, Path file, String sha256, List<Variant> variants,
            List<Comparison> comparisons) {
        this(name, description, file, sha256, variants, comparisons, Optional.empty(), References.NONE);
    }

    /** This experiment with {@code references} for its variants. */
    public Experiment withReferences(References references) {
        return new Experiment(name, description, file, sha256, variants, comparisons, sweep, references);
    }

    /** Every claim it states, as the judge takes them. */
    public ExperimentClaims claims() {
        Map<String, List<Expectation>> expectations = new LinkedHashMap<>();
        variants.forEach(v -> expectations.put(v.id(), v.expectations()));
        return new ExperimentClaims(expectations, comparisons, sweep.map(Sweep::cells).orElse(List.of()),
                sweep.map(Sweep::claims).orElse(List.of()), references.runs(), references.claims());
    }

    /**
     * Every (variant, seed) pair, variant by variant; with a sweep, cell by cell, so that a cell's runs
     * are trained, and finish, together.
     */
    public List<Run> runs() {
        return variants.stream()
                .flatMap(v -> v.seeds().stream().map(seed -> new Run(name, v.name(), seed, v.setup(), file, sha256,
                        v.lineOf("training.engine"), v.cell())))
                .toList();
    }
}
