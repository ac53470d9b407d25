package dev.expolu.judge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a sweep's cells bore out a {@link SweepClaim}.
 *
 * @param claim the claim
 * @param cells each judged cell's verdict, in the sweep's order
 */
public record SweepVerdict(SweepClaim claim, List<CellVerdict> cells) {

    public SweepVerdict {
        cells = List.copyOf(cells);
    }

    /** How many cells showed it. */
    public int shown() {
        return (int) cells.stream().filter(CellVerdict::holds).count();
    }

    /** How many cells must show it: {@code cells: {atLeast: k}}, else every cell judged. */
    public int required() {
        return claim.cellsAtLeast().orElse(cells.size());
    }

    /** Whether enough cells showed it; never where no cell was judged. */
    public boolean holds() {
        return !cells.isEmpty() && shown() >= required();
    }

    /**
     * "roundsTo(1e-3) lower in expolu than in relu, in every cell where model.layers >= 30: shown in 1
     * of 2 cells, expected 2; not in layers-30_width-64: p = 0.41, but expected p <= 0.05 (...)".
     */
    public String describe() {
        String head = claim + ": shown in " + shown() + " of " + cells.size() + " cells"
                + (holds() ? "" : ", expected " + required());
        List<CellVerdict> misses = cells.stream().filter(c -> !c.holds()).toList();
        if (misses.isEmpty() || holds() && claim.cellsAtLeast().isPresent() && misses.size() > 4) {
            return head;
        }
        return head + "; not in " + misses.stream().map(CellVerdict::toString).collect(Collectors.joining("; "));
    }
}
