package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.SweepClaim;
import dev.expolu.run.Cell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** How a swept file becomes an ordinary experiment: each variant in each cell, each comparison in each cell. */
final class Sweeps {

    private Sweeps() {
    }

    /**
     * Every variant in every cell, cell by cell: {@code read} over the base with the cell's values laid
     * over it, as a hand-written file with those values would be read.
     */
    static List<Variant> variants(SweepReader.Grid grid, Mapping base, Function<Mapping, List<Variant>> read) {
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            Cell cell = grid.cells().get(i);
            read.apply(base.overlay(grid.overlays().get(i))).forEach(v -> variants.add(v.inCell(cell)));
        }
        return variants;
    }

    /** Each variant's name and number of seeds, in file order (the same in every cell). */
    static Map<String, Integer> seeds(List<Variant> variants) {
        Map<String, Integer> seeds = new LinkedHashMap<>();
        variants.forEach(v -> seeds.putIfAbsent(v.name(), v.seeds().size()));
        return seeds;
    }

    /** Each variant's curves by its name ({@link Setup#curves()}): in a sweep, its first cell's. */
    static Map<String, Map<String, Boolean>> curves(List<Variant> variants) {
        Map<String, Map<String, Boolean>> curves = new LinkedHashMap<>();
        variants.forEach(v -> curves.putIfAbsent(v.name(), v.setup().curves()));
        return curves;
    }

    /** The swept experiment: its comparisons made in every cell, between that cell's variants. */
    static Experiment experiment(String name, String description, Path file, String sha256, List<Variant> variants,
            List<Comparison> comparisons, SweepReader.Grid grid, List<SweepClaim> across) {
        List<Comparison> inCells = new ArrayList<>();
        for (Cell cell : grid.cells()) {
            for (Comparison c : comparisons) {
                inCells.add(new Comparison(c.metric(), cell.name() + "/" + c.better(), cell.name() + "/" + c.than(),
                        c.pValue(), c.higherIsBetter()));
            }
        }
        Sweep sweep = new Sweep(grid.axes(), grid.cells(), List.copyOf(seeds(variants).keySet()), across);
        return new Experiment(name, description, file, sha256, variants, inCells, Optional.of(sweep), References.NONE);
    }
}
