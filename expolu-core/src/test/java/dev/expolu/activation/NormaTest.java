package dev.expolu.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NormaTest {

    @Test
    void usesTheUnbiasedStandardDeviationLikeTorchStd() {
        double[] v = {1, 2, 3, 4};
        double std = Norma.forward(v);
        assertThat(std).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15)); // sum of squares 5 over N-1 = 3
        assertThat(Arrays.stream(v).sum()).isCloseTo(0, within(1e-15));
        assertThat(v[3]).isCloseTo(1.5 / Math.sqrt(5.0 / 3), within(1e-15));
    }

    @Test
    void backwardMatchesCentralDifferences() {
        double[] x = {0.3, -1.2, 2.5, 0.7, -0.4};
        double[] weights = {0.9, -0.3, 0.2, 1.1, -0.6};
        double[] y = x.clone();
        double std = Norma.forward(y);
        double[] g = weights.clone();
        Norma.backward(y, std, g);
        for (int i = 0; i < x.length; i++) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            Norma.forward(plus);
            Norma.forward(minus);
            double numeric = (dot(plus, weights) - dot(minus, weights)) / 2e-6;
            assertThat(g[i]).isCloseTo(numeric, within(1e-8));
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
