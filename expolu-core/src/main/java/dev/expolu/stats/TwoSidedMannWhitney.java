package dev.expolu.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney U test, two-sided: do the values of {@code a} and {@code b} differ in either
 * direction? U counts the pairs (x in a, y in b) with x &lt; y, ties as a half; infinite values (a loss
 * never reached) take part like any other, all tied with each other. The p-value is the share of all
 * splits of the pooled values into groups of the two sizes whose U lies at least as far from its
 * mean mn/2 as the one observed: exact, ties included, up to {@value UDistribution#EXACT_LIMIT} values
 * in all; beyond, the normal approximation with the tie correction.
 *
 * <p>A large p is no evidence of a difference, never a proof of sameness; and few runs cannot give a
 * small p at all: {@code smallestP} is the least p any split of these very values could give (for
 * 5 and 5 distinct values 2/252, about 0.008). Where it exceeds the level asked for, no difference
 * could have shown, whatever the runs did.
 *
 * @param u         U of a against b
 * @param pValue    P(|U - mn/2| at least this far) if both samples came from one distribution
 * @param exact     whether the p-values are exact
 * @param smallestP the smallest p-value that {@code a} and {@code b}'s pooled values allow
 */
public record TwoSidedMannWhitney(double u, double pValue, boolean exact, int sizeA, int sizeB, double smallestP) {

    public static TwoSidedMannWhitney of(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("samples of " + a.length + " and " + b.length
                    + " values, but expected at least one value in each");
        }
        double u = MannWhitney.u(a, b);
        double[] pooled = pooled(a, b);
        if (pooled.length <= UDistribution.EXACT_LIMIT) {
            UDistribution d = UDistribution.of(pooled, a.length);
            return new TwoSidedMannWhitney(u, d.twoSided(u), true, a.length, b.length, d.smallestTwoSided());
        }
        NormalU normal = NormalU.of(pooled, a.length);
        double farthest = Math.max(Math.abs(extremeU(pooled, a.length, true) - a.length * (double) b.length / 2),
                Math.abs(extremeU(pooled, a.length, false) - a.length * (double) b.length / 2));
        return new TwoSidedMannWhitney(u, normal.twoSided(u), false, a.length, b.length,
                normal.twoSided(a.length * (double) b.length / 2 + farthest));
    }

    static double[] pooled(double[] a, double[] b) {
        double[] pooled = new double[a.length + b.length];
        System.arraycopy(a, 0, pooled, 0, a.length);
        System.arraycopy(b, 0, pooled, a.length, b.length);
        return pooled;
    }

    /** U of the group of the m lowest pooled values ({@code lowest}), or of the m highest, against the rest. */
    static double extremeU(double[] pooled, int m, boolean lowest) {
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double[] group = lowest ? Arrays.copyOfRange(sorted, 0, m) : Arrays.copyOfRange(sorted, sorted.length - m,
                sorted.length);
        double[] rest = lowest ? Arrays.copyOfRange(sorted, m, sorted.length) : Arrays.copyOfRange(sorted, 0,
                sorted.length - m);
        return MannWhitney.u(group, rest);
    }
}
