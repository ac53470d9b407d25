package dev.expolu.experiment;

import dev.expolu.judge.Expectation;
import dev.expolu.run.Cell;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One set of runs of an experiment: a setup, its seeds, what they must show. A file without
 * {@code variants} has one, named {@value #DEFAULT}. In an experiment with a {@code sweep}, each
 * variant stands in every cell, with the cell's values laid over its setup.
 *
 * @param lines where the variant's settings stand in the file, by dotted key, for problems found
 *              after loading (such as an engine this machine cannot run)
 * @param cell  the sweep's cell this set of runs belongs to; empty in an experiment without a sweep
 */
public record Variant(String name, Setup setup, List<Long> seeds, List<Expectation> expectations,
        Map<String, Integer> lines, Optional<Cell> cell) {

    public static final String DEFAULT = "default";

    public Variant {
        seeds = List.copyOf(seeds);
        expectations = List.copyOf(expectations);
        lines = Map.copyOf(lines);
    }

    /** A variant of an experiment without a sweep. */
    public Variant(String name, Setup setup, List<Long> seeds, List<Expectation> expectations,
            Map<String, Integer> lines) {
        this(name, setup, seeds, expectations, lines, Optional.empty());
    }

    /**
     * Its setup as the seed's network's, for code that reads that kind alone.
     *
     * @throws IllegalStateException for a variant of another kind of model
     */
    public NetworkSetup network() {
        if (setup instanceof NetworkSetup n) {
            return n;
        }
        throw new IllegalStateException(name + " is a variant of model.kind " + setup.spec(0).kind()
                + ", not the seed's network");
    }

    /** The line of {@code key}, or 1 where the file does not name it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }

    /** "name", or "cell/name" in a sweep: the set of runs within its experiment, as records and locks name it. */
    public String id() {
        return cell.map(c -> c.name() + "/" + name).orElse(name);
    }

    /** This variant in {@code other}, the cell whose values its setup was read with. */
    Variant inCell(Cell other) {
        return new Variant(name, setup, seeds, expectations, lines, Optional.of(other));
    }
}
