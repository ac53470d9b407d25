package dev.expolu.reference;

import java.util.List;

/**
 * A variant's reference: loss curves produced elsewhere, which its own runs are checked against by
 * {@code agree} claims.
 *
 * @param label what produced them, as the experiment file names it ("PyTorch ref_fast.py"); empty where
 *              it does not
 * @param runs  the curves, in file order
 */
public record ReferenceRuns(String label, List<ReferenceRun> runs) {

    public ReferenceRuns {
        runs = List.copyOf(runs);
    }

    /** "PyTorch, 5 runs", or "5 runs" without a label. */
    public String describe() {
        String count = runs.size() + (runs.size() == 1 ? " run" : " runs");
        return label.isBlank() ? count : label + ", " + count;
    }
}
