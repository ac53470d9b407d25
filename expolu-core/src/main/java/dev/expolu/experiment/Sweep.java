package dev.expolu.experiment;

import dev.expolu.judge.SweepClaim;
import dev.expolu.run.Cell;
import java.util.List;

/**
 * An experiment's {@code sweep}: its axes, the cells they span (every combination of their values,
 * the first axis varying slowest), the variants that stand in each cell, and its {@code across}
 * claims. Each cell is an ordinary set of runs: the variants' setups with the cell's values laid over
 * them.
 *
 * @param axes     the axes, in file order
 * @param cells    the cells, in order
 * @param variants the variants' names, in file order
 * @param claims   the {@code across} claims
 */
public record Sweep(List<Axis> axes, List<Cell> cells, List<String> variants, List<SweepClaim> claims) {

    public Sweep {
        axes = List.copyOf(axes);
        cells = List.copyOf(cells);
        variants = List.copyOf(variants);
        claims = List.copyOf(claims);
    }
}
