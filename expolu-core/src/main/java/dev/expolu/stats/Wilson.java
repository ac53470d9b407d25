package dev.expolu.stats;

/**
 * The Wilson score interval of a proportion: how sure "k of n seeds met it" makes the share of seeds
 * that would. Unlike k/n +- z sqrt(p(1-p)/n), it stays inside [0, 1] and is not empty at 0 or n.
 */
public record Wilson(int successes, int trials, double low, double high) {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    public static Wilson interval95(int successes, int trials) {
        return interval(successes, trials, Z95);
    }

    public static Wilson interval(int successes, int trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials + " is not a proportion");
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Wilson(successes, trials, low, high);
    }
}
