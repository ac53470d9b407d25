package dev.expolu.activation;

/**
 * ExpoLU, the post's activation ({@code acttype=1}):
 * <pre>
 *   f(x) = 0                      for x &lt; -b
 *          (x + b)^p / a          for -b &lt;= x &lt; b
 *          x + (2b)^p / a - b     for x &gt;= b
 * </pre>
 * Defaults a=1, b=1, p=2 as in the seed's {@code ExpoLU(x,a=1,b=1,p=2)}.
 */
public final class ExpoLU extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;
    public static final double DEFAULT_A = 1;
    public static final double DEFAULT_B = 1;
    public static final double DEFAULT_P = 2;

    private double a;
    private double b;
    private double p;

    public ExpoLU() {
        this(DEFAULT_A, DEFAULT_B, DEFAULT_P);
    }

    public ExpoLU(double a, double b, double p) {
        this.a = a;
        this.b = b;
        this.p = p;
    }

    @Override
    public int seedId() {
        return 1;
    }

    @Override
    public double apply(double x) {
        if (x < -b) {
            return 0;
        }
        if (x < b) {
            return (1 / a) * StrictMath.pow(x + b, p);
        }
        return x + (1 / a) * StrictMath.pow(2 * b, p) - b;
    }

    @Override
    public double derivative(double x) {
        if (x < -b) {
            return 0;
        }
        if (x < b) {
            return (1 / a) * p * StrictMath.pow(x + b, p - 1);
        }
        return 1;
    }

    public double getA() {
        return a;
    }

    public double getB() {
        return b;
    }

    public double getP() {
        return p;
    }

    @Override
    public String toString() {
        return "expolu(a=" + a + ", b=" + b + ", p=" + p + ")";
    }
}
