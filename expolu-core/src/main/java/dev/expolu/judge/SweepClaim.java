package dev.expolu.judge;

import dev.expolu.run.Cell;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A claim across a sweep's cells: what each cell must show ({@link CellClaim}), in which cells
 * ({@code where}, every cell where empty), and in how many of them ({@code cells: {atLeast: k}}, all
 * of them where empty). The experiment file's {@code across} items.
 *
 * @param where        the conditions a cell must meet to be judged, all of them
 * @param cellsAtLeast how many of the cells judged must show it; all where empty
 * @param claim        what a cell must show
 */
public record SweepClaim(List<CellCondition> where, OptionalInt cellsAtLeast, CellClaim claim) {

    public SweepClaim {
        where = List.copyOf(where);
    }

    /** The cells of {@code all} this claim judges, in their order. */
    public List<Cell> cells(List<Cell> all) {
        return all.stream().filter(c -> where.stream().allMatch(w -> w.admits(c))).toList();
    }

    /** "in every cell where model.layers >= 30", "in at least 12 cells". */
    public String scope() {
        int k = cellsAtLeast.orElse(0);
        String cells = cellsAtLeast.isEmpty() ? "in every cell" : "in at least " + k + (k == 1 ? " cell" : " cells");
        return where.isEmpty() ? cells : cells + " where " + where.stream().map(CellCondition::toString)
                .collect(Collectors.joining(" and "));
    }

    /** "roundsTo(1e-3) lower in expolu than in relu, in every cell where model.layers >= 30". */
    @Override
    public String toString() {
        return claim + ", " + scope();
    }
}
