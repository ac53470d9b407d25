package dev.expolu.stats;

import java.util.Arrays;

/**
 * Equivalence within a margin by two one-sided tests (TOST, Schuirmann 1987) on the shift between two
 * samples, each test a one-sided Mann-Whitney U test: the values of {@code a} are shown to lie within
 * {@code margin} of those of {@code b} where both "a is lower by the margin or more" and "a is higher
 * by the margin or more" are rejected. The first is tested on b against a + margin, the second on
 * a - margin against b; the TOST p-value is the larger of the two, and at a level alpha it is the same
 * decision as a 1 - 2 alpha Hodges-Lehmann (Moses) interval of the shift lying inside plus or minus the
 * margin. Infinite values (never reached) stay infinite when shifted, tied with each other.
 *
 * @param margin    the margin, on the scale of the values
 * @param pBelow    p of "a lies below b by the margin or more"
 * @param pAbove    p of "a lies above b by the margin or more"
 * @param exact     whether both p-values are exact (up to {@value UDistribution#EXACT_LIMIT} values in all)
 * @param smallestP the smallest TOST p-value that these values, so shifted, allow: with few runs no
 *                  shift could show equivalence at a level below it
 * @param shift     the Hodges-Lehmann estimate of a's shift from b, the median of every difference
 *                  x - y; NaN where a value is infinite
 */
public record ShiftEquivalence(double margin, double pBelow, double pAbove, boolean exact, double smallestP,
        double shift) {

    public static ShiftEquivalence of(double[] a, double[] b, double margin) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("samples of " + a.length + " and " + b.length
                    + " values, but expected at least one value in each");
        }
        if (!(margin > 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("margin " + margin + ", but expected a finite number more than 0");
        }
        double[] up = Arrays.stream(a).map(x -> x + margin).toArray();
        double[] down = Arrays.stream(a).map(x -> x - margin).toArray();
        OneSided below = lower(b, up);
        OneSided above = lower(down, b);
        return new ShiftEquivalence(margin, below.p, above.p, below.exact && above.exact,
                Math.max(below.smallest, above.smallest), hodgesLehmann(a, b));
    }

    /** The TOST p-value: the larger of the two one-sided ones. */
    public double pValue() {
        return Math.max(pBelow, pAbove);
    }

    private record OneSided(double p, double smallest, boolean exact) {
    }

    /** One-sided: does {@code x} tend to be lower than {@code y}? */
    private static OneSided lower(double[] x, double[] y) {
        double u = MannWhitney.u(x, y);
        double[] pooled = TwoSidedMannWhitney.pooled(x, y);
        if (pooled.length <= UDistribution.EXACT_LIMIT) {
            UDistribution d = UDistribution.of(pooled, x.length);
            return new OneSided(d.atLeast(u), d.smallestAtLeast(), true);
        }
        NormalU normal = NormalU.of(pooled, x.length);
        return new OneSided(normal.atLeast(u), normal.atLeast(TwoSidedMannWhitney.extremeU(pooled, x.length, true)),
                false);
    }

    static double hodgesLehmann(double[] a, double[] b) {
        double[] differences = new double[a.length * b.length];
        int k = 0;
        for (double x : a) {
            for (double y : b) {
                if (Double.isInfinite(x) || Double.isInfinite(y) || Double.isNaN(x) || Double.isNaN(y)) {
                    return Double.NaN;
                }
                differences[k++] = x - y;
            }
        }
        return Median.of(differences);
    }
}
