package dev.expolu.stats;

/**
 * Fisher's exact test of two shares, two-sided: do {@code a} of {@code n} and {@code b} of {@code m}
 * differ by more than chance? With the margins fixed, the count of the first group follows the
 * hypergeometric distribution; the p-value is the probability of every table no more likely than the
 * one observed (the usual two-sided rule, with a relative tolerance of 1e-7 for ties).
 */
public final class FisherExact {

    private FisherExact() {
    }

    public static double twoSided(int a, int n, int b, int m) {
        if (n < 1 || m < 1 || a < 0 || a > n || b < 0 || b > m) {
            throw new IllegalArgumentException(a + " of " + n + " and " + b + " of " + m + " are not two shares");
        }
        int successes = a + b;
        int low = Math.max(0, successes - m);
        int high = Math.min(n, successes);
        double observed = logP(a, n, m, successes);
        double p = 0;
        for (int x = low; x <= high; x++) {
            double log = logP(x, n, m, successes);
            if (log <= observed + 1e-7) {
                p += Math.exp(log);
            }
        }
        return Math.min(1, p);
    }

    /** log P(x of the k successes fall in the first group of n, the other group of m). */
    private static double logP(int x, int n, int m, int k) {
        return logChoose(n, x) + logChoose(m, k - x) - logChoose(n + m, k);
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
