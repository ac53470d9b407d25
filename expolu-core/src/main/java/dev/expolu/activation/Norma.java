package dev.expolu.activation;

/**
 * The seed's {@code norma}: (v - mean(v)) / std(v) over the features of one sample, with the
 * unbiased standard deviation (N - 1), as {@code torch.std}. Not DL4J's layer norm: no gain, no
 * bias, no epsilon.
 */
public final class Norma {

    private Norma() {
    }

    /** Normalizes {@code v} in place and returns its standard deviation before normalizing. */
    public static double forward(double[] v) {
        int n = v.length;
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0;
        for (double x : v) {
            double d = x - mean;
            squares += d * d;
        }
        double std = Math.sqrt(squares / (n - 1));
        for (int i = 0; i < n; i++) {
            v[i] = (v[i] - mean) / std;
        }
        return std;
    }

    /**
     * Turns {@code g}, the gradient with respect to the normalized {@code y}, into the gradient with
     * respect to the input, in place: (g - mean(g) - y * sum(g * y) / (N - 1)) / std.
     */
    public static void backward(double[] y, double std, double[] g) {
        int n = y.length;
        double sum = 0;
        double dot = 0;
        for (int i = 0; i < n; i++) {
            sum += g[i];
            dot += g[i] * y[i];
        }
        double mean = sum / n;
        double projection = dot / (n - 1);
        for (int i = 0; i < n; i++) {
            g[i] = (g[i] - mean - y[i] * projection) / std;
        }
    }
}
