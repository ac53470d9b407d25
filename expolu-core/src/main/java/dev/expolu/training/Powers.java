package dev.expolu.training;

/**
 * The seed's power terms, s_p(v) = sign(v) * |v^p| (its {@code torch.sign(x)*abs(x**power)}), and
 * their derivative as autograd computes it: p |v|^(p-1), and 0 where v is exactly 0.
 */
final class Powers {

    private Powers() {
    }

    static double term(double v, int p) {
        return p == 1 ? v : Math.signum(v) * Math.abs(StrictMath.pow(v, p));
    }

    static void term(double[] v, int p, double[] out) {
        for (int i = 0; i < v.length; i++) {
            out[i] = term(v[i], p);
        }
    }

    /** grad[i] += term'(v[i]) * upstream[i]. */
    static void addBackward(double[] v, int p, double[] upstream, double[] grad) {
        for (int i = 0; i < v.length; i++) {
            double d = v[i] == 0 ? 0 : p * StrictMath.pow(Math.abs(v[i]), p - 1);
            grad[i] += d * upstream[i];
        }
    }
}
