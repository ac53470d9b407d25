package dev.expolu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Known values: textbook intervals, hand-counted permutation distributions. */
class StatisticsTest {

    @Test
    void wilsonIntervalsOfTextbookProportions() {
        // Wilson (1927); Newcombe (1998), Table I: 81 of 263 gives 0.2553 to 0.3662
        Wilson newcombe = Wilson.interval95(81, 263);
        assertThat(newcombe.low()).isCloseTo(0.2553, within(5e-5));
        assertThat(newcombe.high()).isCloseTo(0.3662, within(5e-5));
        // Newcombe (1998), Table I: 15 of 148 gives 0.0624 to 0.1605; 0 of 20 gives 0 to 0.1611
        assertThat(Wilson.interval95(15, 148).low()).isCloseTo(0.0624, within(5e-5));
        assertThat(Wilson.interval95(15, 148).high()).isCloseTo(0.1605, within(5e-5));
        assertThat(Wilson.interval95(0, 20).low()).isZero();
        assertThat(Wilson.interval95(0, 20).high()).isCloseTo(0.1611, within(5e-5));
        assertThat(Wilson.interval95(10, 10).low()).isCloseTo(0.7225, within(5e-5));
        assertThat(Wilson.interval95(10, 10).high()).isEqualTo(1.0);
    }

    @Test
    void mannWhitneyExactForSeparatedSamples() {
        // all of a below all of b: U = m n, and only 1 of C(m+n, m) splits is as extreme
        MannWhitney three = MannWhitney.lower(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(three.u()).isEqualTo(9);
        assertThat(three.pValue()).isCloseTo(1.0 / 20, within(1e-12));
        assertThat(three.exact()).isTrue();
        MannWhitney five = MannWhitney.lower(new double[] {1, 2, 3, 4, 5}, new double[] {6, 7, 8, 9, 10});
        assertThat(five.pValue()).isCloseTo(1.0 / 252, within(1e-12));
        // the other way round, nothing is lower
        assertThat(MannWhitney.lower(new double[] {4, 5, 6}, new double[] {1, 2, 3}).pValue()).isEqualTo(1.0);
    }

    @Test
    void mannWhitneyCountsTiesAsHalves() {
        // pooled 1, 2, 2, 3; a = {1, 2}: U = 3.5; of the 6 splits, {1,2} and {1,2'} reach 3.5
        MannWhitney tied = MannWhitney.lower(new double[] {1, 2}, new double[] {2, 3});
        assertThat(tied.u()).isEqualTo(3.5);
        assertThat(tied.pValue()).isCloseTo(2.0 / 6, within(1e-12));
        // a loss never reached is infinite, and ties with another never
        MannWhitney never = MannWhitney.lower(new double[] {100, 120}, new double[] {Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY});
        assertThat(never.u()).isEqualTo(4);
        assertThat(never.pValue()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void mannWhitneyExactUpToSixtyValuesThenTheNormalApproximation() {
        double[] a = new double[15];
        double[] b = new double[15];
        for (int i = 0; i < 15; i++) {
            a[i] = i;          // 0..14
            b[i] = i + 10;     // 10..24: overlap 10..14
        }
        MannWhitney test = MannWhitney.lower(a, b);
        assertThat(test.exact()).as("30 values: counted").isTrue();
        // 225 pairs: a above b in 1 + 2 + 3 + 4 = 10, tied in 5 (10..14), each tie a half
        assertThat(test.u()).isEqualTo(225 - 10 - 2.5);
        // counted: 1.9e-6; the normal approximation would say 1.8e-5 here, ten times too large in the tail
        assertThat(test.pValue()).isCloseTo(1.895e-6, within(0.001e-6));

        double[] c = new double[31];
        double[] d = new double[31];
        for (int i = 0; i < 31; i++) {
            c[i] = i;          // 0..30
            d[i] = i + 20;     // 20..50: overlap 20..30
        }
        MannWhitney large = MannWhitney.lower(c, d);
        assertThat(large.exact()).as("62 values: approximated").isFalse();
        // 961 pairs: c above d in 1 + ... + 10 = 55, tied in 11, each a half
        assertThat(large.u()).isEqualTo(961 - 55 - 5.5);
        // mean 480.5; variance 31*31/12*(63 - 11*6/(62*61)) = 5043.85; z = (900.5-480.5-0.5)/71.02 = 5.907
        assertThat(large.pValue()).isCloseTo(1.744e-9, within(0.01e-9));
        assertThat(MannWhitney.standardNormal(1.959963984540054)).isCloseTo(0.975, within(1e-7));
    }
}
