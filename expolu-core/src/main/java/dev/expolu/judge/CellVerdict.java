package dev.expolu.judge;

/**
 * How one cell of a sweep bore out a claim.
 *
 * @param cell     the cell's name
 * @param holds    whether the cell's runs show the claim
 * @param figures  what the runs gave, as a verdict line says it
 */
public record CellVerdict(String cell, boolean holds, String figures) {

    /** "layers-30_width-64: p = 0.41, but expected p <= 0.05 (...)". */
    @Override
    public String toString() {
        return cell + ": " + figures;
    }
}
