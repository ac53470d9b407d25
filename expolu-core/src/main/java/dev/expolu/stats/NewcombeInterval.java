package dev.expolu.stats;

/**
 * An interval for the difference of two proportions, p1 - p2: Newcombe's hybrid score interval
 * (Newcombe 1998, method 10), built from the two Wilson intervals. Unlike the Wald interval it stays
 * inside [-1, 1] and is not empty at 0 of n or n of n, which is where the shares of converged seeds
 * mostly lie.
 *
 * <p>As an equivalence test (two one-sided tests at a level alpha), the shares are shown equal within
 * a margin where the 1 - 2 alpha interval lies inside plus or minus the margin.
 */
public record NewcombeInterval(int successes1, int trials1, int successes2, int trials2, double low, double high) {

    public static NewcombeInterval of(int successes1, int trials1, int successes2, int trials2, double z) {
        Wilson w1 = Wilson.interval(successes1, trials1, z);
        Wilson w2 = Wilson.interval(successes2, trials2, z);
        double p1 = successes1 / (double) trials1;
        double p2 = successes2 / (double) trials2;
        double low = p1 - p2 - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2));
        double high = p1 - p2 + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low()));
        return new NewcombeInterval(successes1, trials1, successes2, trials2, low, high);
    }

    /** The interval whose two one-sided tests are each at {@code alpha}: a 1 - 2 alpha interval. */
    public static NewcombeInterval forEquivalence(int successes1, int trials1, int successes2, int trials2,
            double alpha) {
        return of(successes1, trials1, successes2, trials2, Quantiles.standardNormal(1 - alpha));
    }

    /** Whether the interval lies strictly inside plus or minus {@code margin}. */
    public boolean inside(double margin) {
        return low > -margin && high < margin;
    }

    private static double square(double x) {
        return x * x;
    }
}
