package dev.expolu.stats;

/**
 * The Mann-Whitney U test, one-sided: do the values of {@code a} tend to be lower than those of
 * {@code b}? U counts the pairs (x in a, y in b) with x &lt; y, ties as a half. Infinite values (a
 * loss never reached) take part like any other, all tied with each other.
 *
 * <p>The p-value is exact for up to {@link UDistribution#EXACT_LIMIT} values in all: the share of all
 * ways to split the pooled values into groups of the two sizes whose U is at least the one observed,
 * ties included ({@link UDistribution}, the same counts the two-sided test uses). Beyond that, the
 * normal approximation with the tie correction and a continuity correction ({@link NormalU}).
 *
 * @param u      U of a against b
 * @param pValue P(U at least this large) if both samples came from one distribution
 * @param exact  whether the p-value is exact
 */
public record MannWhitney(double u, double pValue, boolean exact, int sizeA, int sizeB) {

    public static final int EXACT_LIMIT = UDistribution.EXACT_LIMIT;

    public static MannWhitney lower(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("samples of " + a.length + " and " + b.length
                    + " values, but expected at least one value in each");
        }
        double u = u(a, b);
        double[] pooled = new double[a.length + b.length];
        System.arraycopy(a, 0, pooled, 0, a.length);
        System.arraycopy(b, 0, pooled, a.length, b.length);
        if (pooled.length <= EXACT_LIMIT) {
            return new MannWhitney(u, UDistribution.of(pooled, a.length).atLeast(u), true, a.length, b.length);
        }
        return new MannWhitney(u, NormalU.of(pooled, a.length).atLeast(u), false, a.length, b.length);
    }

    static double u(double[] a, double[] b) {
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                u += x < y ? 1 : x == y ? 0.5 : 0;
            }
        }
        return u;
    }

    /** Phi(z), by the complementary error function (Numerical Recipes' erfc, |error| &lt; 1.2e-7). */
    static double standardNormal(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
