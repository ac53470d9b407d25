package dev.expolu.stats;

import java.util.Arrays;

/**
 * The exact distribution of the Mann-Whitney U under "both samples came from one distribution":
 * every split of the pooled values into a group of {@code m} and the rest is equally likely, ties
 * included (U counts a tie as a half). Counted by dynamic programming over the pooled values' mid-ranks
 * (doubled, so that they are whole numbers), which gives the same counts as enumerating every split
 * (the test's oracle) in a fraction of the time; the counts fit a long up to {@value #EXACT_LIMIT}
 * values in all.
 *
 * <p>U here is the U of the group of {@code m} against the rest: the pairs (x in the group, y in the
 * rest) with x &lt; y, ties as halves; large U says the group tends to be lower.
 */
final class UDistribution {

    /** The most pooled values whose split counts fit a long: C(60, 30) is about 1.2e17. */
    static final int EXACT_LIMIT = 60;

    /** counts[k]: the splits whose U is k / 2. */
    private final long[] counts;
    private final long total;
    private final int m;
    private final int n;

    private UDistribution(long[] counts, int m, int n) {
        this.counts = counts;
        this.total = Arrays.stream(counts).sum();
        this.m = m;
        this.n = n;
    }

    /** The distribution of U for a group of {@code m} of the {@code pooled} values. */
    static UDistribution of(double[] pooled, int m) {
        if (pooled.length > EXACT_LIMIT || m < 1 || m >= pooled.length) {
            throw new IllegalArgumentException(m + " of " + pooled.length + " values, but expected at least one in"
                    + " each group and at most " + EXACT_LIMIT + " in all");
        }
        int[] ranks = doubledMidRanks(pooled);
        int maxSum = 0;
        for (int r : ranks) {
            maxSum += r;
        }
        // ways[k][s]: subsets of k of the values seen so far whose doubled ranks sum to s
        long[][] ways = new long[m + 1][maxSum + 1];
        ways[0][0] = 1;
        for (int rank : ranks) {
            for (int k = m; k >= 1; k--) {
                long[] to = ways[k];
                long[] from = ways[k - 1];
                for (int s = maxSum; s >= rank; s--) {
                    to[s] += from[s - rank];
                }
            }
        }
        int n = pooled.length - m;
        long[] counts = new long[2 * m * n + 1];
        for (int s = 0; s <= maxSum; s++) {
            if (ways[m][s] != 0) {
                counts[twiceU(s, m, n)] += ways[m][s];
            }
        }
        return new UDistribution(counts, m, n);
    }

    /**
     * 2U of the group from its doubled rank sum: W - m(m+1)/2 pairs lie above the rest, so
     * U = mn - (W - m(m+1)/2), and 2U = 2mn - (2W - m(m+1)).
     */
    private static int twiceU(int doubledRankSum, int m, int n) {
        return 2 * m * n - (doubledRankSum - m * (m + 1));
    }

    /** Each value's rank among the pooled ones, ties sharing their mean rank, doubled: 1-based. */
    private static int[] doubledMidRanks(double[] pooled) {
        Integer[] order = new Integer[pooled.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(pooled[x], pooled[y]));
        int[] ranks = new int[pooled.length];
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j < order.length && Double.compare(pooled[order[j]], pooled[order[i]]) == 0) {
                j++;
            }
            for (int k = i; k < j; k++) {
                ranks[order[k]] = (i + 1) + j; // first rank + last rank = twice the mean rank
            }
            i = j;
        }
        return ranks;
    }

    /** P(U at least {@code u}): the one-sided p-value of "the group tends to be lower". */
    double atLeast(double u) {
        long c = 0;
        for (int k = Math.max(0, (int) Math.ceil(2 * u - 1e-9)); k < counts.length; k++) {
            c += counts[k];
        }
        return (double) c / total;
    }

    /** P(|U - mn/2| at least |u - mn/2|): the two-sided p-value. */
    double twoSided(double u) {
        double observed = Math.abs(2 * u - m * (double) n);
        long c = 0;
        for (int k = 0; k < counts.length; k++) {
            if (Math.abs(k - m * (double) n) >= observed - 1e-9) {
                c += counts[k];
            }
        }
        return (double) c / total;
    }

    /** The smallest one-sided p-value any split of these values can give: that of the largest U. */
    double smallestAtLeast() {
        for (int k = counts.length - 1; k >= 0; k--) {
            if (counts[k] != 0) {
                return (double) counts[k] / total;
            }
        }
        return 1;
    }

    /** The smallest two-sided p-value any split of these values can give: that of the farthest U. */
    double smallestTwoSided() {
        double farthest = 0;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] != 0) {
                farthest = Math.max(farthest, Math.abs(k - m * (double) n));
            }
        }
        return twoSided((farthest + m * (double) n) / 2);
    }
}
