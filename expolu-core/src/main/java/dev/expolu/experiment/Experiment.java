package dev.expolu.experiment;

import dev.expolu.judge.Comparison;
import java.nio.file.Path;
import java.util.List;

/**
 * An experiment file, loaded and checked.
 *
 * @param name        its {@code name}, or the file name without extension
 * @param description its {@code description}, or empty
 * @param file        where it was read from
 * @param sha256      the hash of the file's bytes, for provenance
 * @param variants    its variants, in file order
 * @param comparisons its {@code compare} claims between variants
 * @param references  its variants' {@code reference:} runs and its {@code agree} claims about them
 */
public record Experiment(String name, String description, Path file, String sha256, List<Variant> variants,
        List<Comparison> comparisons, References references) {

    public Experiment {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
    }

    /** An experiment without reference runs. */
    public Experiment(String name, String description, Path file, String sha256, List<Variant> variants,
            List<Comparison> comparisons) {
        this(name, description, file, sha256, variants, comparisons, References.NONE);
    }

    /** Every (variant, seed) pair, variant by variant. */
    public List<Run> runs() {
        return variants.stream()
                .flatMap(v -> v.seeds().stream().map(seed -> new Run(name, v.name(), seed, v.setup(), file, sha256,
                        v.lineOf("training.engine"))))
                .toList();
    }
}
