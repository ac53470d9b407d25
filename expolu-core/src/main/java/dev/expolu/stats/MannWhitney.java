package dev.expolu.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney U test, one-sided: do the values of {@code a} tend to be lower than those of
 * {@code b}? U counts the pairs (x in a, y in b) with x &lt; y, ties as a half. Infinite values (a
 * loss never reached) take part like any other, all tied with each other.
 *
 * <p>The p-value is exact for up to {@value #EXACT_LIMIT} values in all: the share of all ways to
 * split the pooled values into groups of the two sizes whose U is at least the one observed, ties
 * included. Beyond that, the normal approximation with the tie correction and a continuity
 * correction.
 *
 * @param u      U of a against b
 * @param pValue P(U at least this large) if both samples came from one distribution
 * @param exact  whether the p-value is exact
 */
public record MannWhitney(double u, double pValue, boolean exact, int sizeA, int sizeB) {

    public static final int EXACT_LIMIT = 24;

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
            return new MannWhitney(u, exact(pooled, a.length, u), true, a.length, b.length);
        }
        return new MannWhitney(u, normal(pooled, a.length, b.length, u), false, a.length, b.length);
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

    /** Every split of the pooled values into m and the rest, by recursion over which go to a. */
    private static double exact(double[] pooled, int m, double observed) {
        long[] counts = new long[2]; // at least as extreme, all
        split(pooled, m, 0, new int[m], 0, observed, counts);
        return (double) counts[0] / counts[1];
    }

    private static void split(double[] pooled, int m, int start, int[] chosen, int size, double observed, long[] counts) {
        if (size == m) {
            double[] a = new double[m];
            double[] b = new double[pooled.length - m];
            int ai = 0;
            int bi = 0;
            int next = 0;
            for (int i = 0; i < pooled.length; i++) {
                if (next < m && chosen[next] == i) {
                    a[ai++] = pooled[i];
                    next++;
                } else {
                    b[bi++] = pooled[i];
                }
            }
            counts[1]++;
            if (u(a, b) >= observed - 1e-9) {
                counts[0]++;
            }
            return;
        }
        for (int i = start; i <= pooled.length - (m - size); i++) {
            chosen[size] = i;
            split(pooled, m, i + 1, chosen, size + 1, observed, counts);
        }
    }

    private static double normal(double[] pooled, int m, int n, double u) {
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double ties = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double total = m + n;
        double mean = m * (double) n / 2;
        double variance = m * (double) n / 12 * ((total + 1) - ties / (total * (total - 1)));
        if (variance <= 0) {
            return 1;
        }
        double z = (u - mean - 0.5) / Math.sqrt(variance);
        return 1 - standardNormal(z);
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
