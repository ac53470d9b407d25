package dev.expolu.stats;

import java.util.Arrays;

/**
 * The normal approximation of the Mann-Whitney U beyond exact counting: mean mn/2, the variance with
 * the correction for ties, and a continuity correction of a half.
 */
final class NormalU {

    private final double mean;
    private final double sd;

    private NormalU(double mean, double sd) {
        this.mean = mean;
        this.sd = sd;
    }

    static NormalU of(double[] pooled, int m) {
        int n = pooled.length - m;
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double ties = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && Double.compare(sorted[j], sorted[i]) == 0) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double total = pooled.length;
        double variance = m * (double) n / 12 * ((total + 1) - ties / (total * (total - 1)));
        return new NormalU(m * (double) n / 2, Math.sqrt(Math.max(0, variance)));
    }

    /** P(U at least u), approximately. */
    double atLeast(double u) {
        return sd == 0 ? (u <= mean ? 1 : 0) : 1 - MannWhitney.standardNormal((u - mean - 0.5) / sd);
    }

    /** P(|U - mean| at least |u - mean|), approximately. */
    double twoSided(double u) {
        if (sd == 0) {
            return 1;
        }
        double z = (Math.abs(u - mean) - 0.5) / sd;
        return z <= 0 ? 1 : Math.min(1, 2 * (1 - MannWhitney.standardNormal(z)));
    }
}
