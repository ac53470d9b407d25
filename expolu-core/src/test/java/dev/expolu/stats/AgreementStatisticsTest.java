package dev.expolu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The statistics of {@code agree} claims against worked examples: published figures where there are
 * some, hand counts of permutation distributions where the numbers are small, and the enumeration
 * {@link MannWhitney} already does.
 */
class AgreementStatisticsTest {

    /**
     * Hollander and Wolfe (1973), p. 69: permeability constants of the human chorioamnion at term (x)
     * and at 12 to 26 weeks (y), R's {@code wilcox.test} example: W = 35, one-sided p = 0.1272 (exact),
     * "difference in location 0.305" (Hodges-Lehmann).
     */
    private static final double[] AT_TERM = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    private static final double[] EARLY = {1.15, 0.88, 0.90, 0.74, 1.21};

    @Test
    void twoSidedMannWhitneyOfAPublishedExample() {
        TwoSidedMannWhitney test = TwoSidedMannWhitney.of(AT_TERM, EARLY);
        // U counts x < y: 50 pairs less R's W = 35 with x > y
        assertThat(test.u()).isEqualTo(15);
        // no ties: twice R's one-sided 0.1272 (SciPy's exact mannwhitneyu: 0.2544122544122544)
        assertThat(test.pValue()).isCloseTo(0.2544122544122544, within(1e-12));
        assertThat(test.exact()).isTrue();
        assertThat(test.smallestP()).isCloseTo(2.0 / 3003, within(1e-15));
        // the same p either way round
        assertThat(TwoSidedMannWhitney.of(EARLY, AT_TERM).pValue()).isCloseTo(test.pValue(), within(1e-15));
    }

    @Test
    void twoSidedMannWhitneyOfSeparatedSamplesIsTwiceTheOneSided() {
        TwoSidedMannWhitney five = TwoSidedMannWhitney.of(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertThat(five.u()).isEqualTo(25);
        assertThat(five.pValue()).isCloseTo(2.0 / 252, within(1e-15));
        assertThat(five.smallestP()).isCloseTo(2.0 / 252, within(1e-15));
        // 2 and 2 runs can never show a difference at 0.05: the farthest split is 2 of 6
        TwoSidedMannWhitney two = TwoSidedMannWhitney.of(new double[] {1, 2}, new double[] {3, 4});
        assertThat(two.pValue()).isCloseTo(2.0 / 6, within(1e-15));
        assertThat(two.smallestP()).isCloseTo(2.0 / 6, within(1e-15));
    }

    @Test
    void twoSidedMannWhitneyCountsTiesAsHalves() {
        // pooled 1, 2, 2', 3 split 2 and 2: U of the six splits {1,2} 3.5, {1,2'} 3.5, {1,3} 2, {2,2'} 2,
        // {2,3} 0.5, {2',3} 0.5; mean 2, so four of six lie 1.5 from it
        TwoSidedMannWhitney tied = TwoSidedMannWhitney.of(new double[] {1, 2}, new double[] {2, 3});
        assertThat(tied.u()).isEqualTo(3.5);
        assertThat(tied.pValue()).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(tied.smallestP()).isCloseTo(4.0 / 6, within(1e-15));
    }

    @Test
    void neverReachedIsInfiniteAndTiesWithNever() {
        double never = Double.POSITIVE_INFINITY;
        // seed-claim-full's ReLU, rounds to 1e-3: ours 344, 396 and 8 never; PyTorch's 388 and 4 never.
        // Of all 3003 splits, the farthest from the mean U gives the reference the three finite values and
        // two of the twelve never: C(12, 2) = 66 splits
        double[] ours = {344, 396, never, never, never, never, never, never, never, never};
        double[] theirs = {388, never, never, never, never};
        TwoSidedMannWhitney test = TwoSidedMannWhitney.of(ours, theirs);
        assertThat(test.u()).isEqualTo(25);
        assertThat(test.pValue()).isEqualTo(1.0);
        assertThat(test.smallestP()).isCloseTo(66.0 / 3003, within(1e-15));
        // all tied: nothing could ever show
        TwoSidedMannWhitney allNever = TwoSidedMannWhitney.of(new double[] {never, never}, new double[] {never});
        assertThat(allNever.pValue()).isEqualTo(1.0);
        assertThat(allNever.smallestP()).isEqualTo(1.0);
    }

    @Test
    void exactCountsByRanksMatchTheEnumerationOfEverySplit() {
        Random random = new Random(13);
        for (int trial = 0; trial < 200; trial++) {
            double[] a = random.ints(1 + random.nextInt(7), 0, 6).asDoubleStream().toArray();
            double[] b = random.ints(1 + random.nextInt(7), 0, 6).asDoubleStream().map(v -> v == 5 ? Double
                    .POSITIVE_INFINITY : v).toArray();
            UDistribution d = UDistribution.of(TwoSidedMannWhitney.pooled(a, b), a.length);
            assertThat(d.atLeast(MannWhitney.u(a, b))).as("%s against %s", Arrays.toString(a), Arrays.toString(b))
                    .isCloseTo(enumerated(a, b), within(1e-12))
                    .isEqualTo(MannWhitney.lower(a, b).pValue());
        }
    }

    /** The oracle: P(U at least the observed) by enumerating every split of the pooled values. */
    private static double enumerated(double[] a, double[] b) {
        double[] pooled = TwoSidedMannWhitney.pooled(a, b);
        double observed = MannWhitney.u(a, b);
        long[] counts = new long[2];
        split(pooled, a.length, 0, new int[a.length], 0, observed, counts);
        return (double) counts[0] / counts[1];
    }

    private static void split(double[] pooled, int m, int start, int[] chosen, int size, double observed,
            long[] counts) {
        if (size == m) {
            double[] x = new double[m];
            double[] y = new double[pooled.length - m];
            for (int i = 0, next = 0, xi = 0, yi = 0; i < pooled.length; i++) {
                if (next < m && chosen[next] == i) {
                    x[xi++] = pooled[i];
                    next++;
                } else {
                    y[yi++] = pooled[i];
                }
            }
            counts[1]++;
            counts[0] += MannWhitney.u(x, y) >= observed - 1e-9 ? 1 : 0;
            return;
        }
        for (int i = start; i <= pooled.length - (m - size); i++) {
            chosen[size] = i;
            split(pooled, m, i + 1, chosen, size + 1, observed, counts);
        }
    }

    @Test
    void normalApproximationBeyondExactCounting() {
        double[] a = new double[31];
        double[] b = new double[31];
        for (int i = 0; i < 31; i++) {
            a[i] = i;
            b[i] = i + 0.5;
        }
        TwoSidedMannWhitney test = TwoSidedMannWhitney.of(a, b);
        assertThat(test.exact()).isFalse();
        // U = 31 * 32 / 2 = 496 of 961, mean 480.5, sd sqrt(31*31*63/12) = 71.03: z = 15/71.03, p = 0.8327
        assertThat(test.u()).isEqualTo(496);
        assertThat(test.pValue()).isCloseTo(0.8327, within(1e-4));
        assertThat(test.smallestP()).isLessThan(1e-9);
    }

    @Test
    void equivalenceByTwoOneSidedTestsOnAPublishedExample() {
        // each one-sided p checked with SciPy 1.17's exact mannwhitneyu on the shifted samples:
        // mannwhitneyu(y, x + d, alternative='less') and mannwhitneyu(x - d, y, alternative='less'), at
        // margins that make no shifted value equal another (0.3 would: 1.04 - 0.3 = 0.74, a tie SciPy's
        // exact method does not condition on)
        ShiftEquivalence margin = ShiftEquivalence.of(AT_TERM, EARLY, 0.6);
        assertThat(margin.pBelow()).isCloseTo(0.000333000333000333, within(1e-12));
        assertThat(margin.pAbove()).isCloseTo(0.15484515484515485, within(1e-12));
        assertThat(margin.pValue()).isEqualTo(margin.pAbove());
        assertThat(ShiftEquivalence.of(AT_TERM, EARLY, 0.65).pValue()).isCloseTo(0.1272061272061272, within(1e-12));
        assertThat(ShiftEquivalence.of(AT_TERM, EARLY, 0.75).pValue()).isCloseTo(0.027639027639027636, within(1e-12));
        assertThat(ShiftEquivalence.of(AT_TERM, EARLY, 1.0).pValue()).isCloseTo(0.006327006327006327, within(1e-12));
        // R: "difference in location 0.305"
        assertThat(margin.shift()).isCloseTo(0.305, within(1e-12));
        assertThat(margin.exact()).isTrue();
        // one split of 3003 is the most extreme on either side
        assertThat(margin.smallestP()).isCloseTo(1.0 / 3003, within(1e-15));
    }

    @Test
    void equivalenceAtAlphaIsTheMosesIntervalInsideTheMargin() {
        // the 90% Moses interval of the shift: order statistics D(mn + 1 - c) and D(c) of the 50
        // differences x - y, c the least count with P(U >= c) <= 0.05, counted here by brute force
        double[] d = new double[50];
        int k = 0;
        for (double x : AT_TERM) {
            for (double y : EARLY) {
                d[k++] = x - y;
            }
        }
        Arrays.sort(d);
        int c = leastCritical(10, 5, 0.05);
        double low = d[50 + 1 - c - 1];
        double high = d[c - 1];
        for (int step = 1; step < 150; step++) {
            double margin = step / 100.0 + 0.005; // between two differences x - y, never on one
            boolean shown = ShiftEquivalence.of(AT_TERM, EARLY, margin).pValue() <= 0.05;
            assertThat(shown).as("margin %.2f, interval %.2f to %.2f", margin, low, high)
                    .isEqualTo(low > -margin && high < margin);
        }
    }

    @Test
    void equivalenceOfFewRunsCannotBeShown() {
        // 2 and 2 runs: the most extreme split is 1 of 6, so no margin shows equivalence at 0.05
        ShiftEquivalence few = ShiftEquivalence.of(new double[] {1, 1.1}, new double[] {1.05, 1.08}, 100);
        assertThat(few.pValue()).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(few.smallestP()).isCloseTo(1.0 / 6, within(1e-15));
        // never reached on both sides: an infinite shift is no shift, but ties show nothing
        ShiftEquivalence never = ShiftEquivalence.of(new double[] {Double.POSITIVE_INFINITY},
                new double[] {Double.POSITIVE_INFINITY}, 1);
        assertThat(never.pValue()).isEqualTo(1.0);
        assertThat(never.shift()).isNaN();
    }

    @Test
    void newcombeIntervalsOfPublishedDifferences() {
        // Newcombe (1998), Table II, method 10 (hybrid score), 95%
        assertInterval(NewcombeInterval.of(56, 70, 48, 80, Wilson.Z95), 0.0524, 0.3339);
        assertInterval(NewcombeInterval.of(9, 10, 3, 10, Wilson.Z95), 0.1705, 0.8090);
        assertInterval(NewcombeInterval.of(5, 56, 0, 29, Wilson.Z95), -0.0381, 0.1926);
        assertInterval(NewcombeInterval.of(0, 10, 0, 20, Wilson.Z95), -0.1611, 0.2775);
        assertInterval(NewcombeInterval.of(0, 10, 0, 10, Wilson.Z95), -0.2775, 0.2775);
        // as an equivalence test at 0.05: the 90% interval
        NewcombeInterval ten = NewcombeInterval.forEquivalence(10, 10, 10, 10, 0.05);
        // equal shares of 10 of 10: p1 - p2 = 0, and the interval reaches the Wilson interval's low end,
        // 10 / (10 + z^2) at z = 1.6449, on either side: about plus or minus 0.213
        double z = 1.6448536269514722;
        assertThat(ten.low()).isCloseTo(-(1 - 10 / (10 + z * z)), within(1e-8));
        assertThat(ten.high()).isCloseTo(-ten.low(), within(1e-15));
        assertThat(ten.inside(0.3)).isTrue();
        assertThat(ten.inside(0.2)).isFalse();
    }

    @Test
    void normalQuantiles() {
        assertThat(Quantiles.standardNormal(0.975)).isCloseTo(1.959963984540054, within(1e-8));
        assertThat(Quantiles.standardNormal(0.95)).isCloseTo(1.6448536269514722, within(1e-8));
        assertThat(Quantiles.standardNormal(0.01)).isCloseTo(-2.3263478740408408, within(1e-8));
        assertThat(Quantiles.standardNormal(0.5)).isZero();
    }

    private static void assertInterval(NewcombeInterval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(5e-5));
        assertThat(interval.high()).isCloseTo(high, within(5e-5));
    }

    /** The least c with P(U >= c) <= alpha for m and n distinct values, by enumerating every split. */
    private static int leastCritical(int m, int n, double alpha) {
        long[] counts = new long[m * n + 1];
        count(m + n, m, 0, 0, 0, counts);
        long total = Arrays.stream(counts).sum();
        long tail = 0;
        for (int c = m * n; c >= 0; c--) {
            if ((double) (tail + counts[c]) / total > alpha) {
                return c + 1;
            }
            tail += counts[c];
        }
        return 0;
    }

    /** Splits of ranks 1..size into m chosen and the rest, counted by the U of the chosen (pairs chosen below). */
    private static void count(int size, int m, int next, int chosen, int rankSum, long[] counts) {
        if (chosen == m) {
            int n = size - m;
            counts[m * n - (rankSum - m * (m + 1) / 2)]++;
            return;
        }
        for (int r = next + 1; r <= size - (m - chosen - 1); r++) {
            count(size, m, r, chosen + 1, rankSum + r, counts);
        }
    }
}
