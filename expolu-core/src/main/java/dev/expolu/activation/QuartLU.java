package dev.expolu.activation;

/**
 * QuartLU ({@code acttype=4}): 0 for x &lt; -s, (x + s)^4 * 27 / (256 s^3) for -s &lt;= x &lt; s/3,
 * x otherwise, with s the seed's {@code scope} (default 0.1).
 */
public final class QuartLU extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;
    public static final double DEFAULT_SCOPE = 0.1;

    private double scope;

    public QuartLU() {
        this(DEFAULT_SCOPE);
    }

    public QuartLU(double scope) {
        this.scope = scope;
    }

    @Override
    public int seedId() {
        return 4;
    }

    @Override
    public double apply(double x) {
        if (x < -scope) {
            return 0;
        }
        if (x < scope / 3) {
            return StrictMath.pow(x + scope, 4) * 27 / (256 * StrictMath.pow(scope, 3));
        }
        return x;
    }

    @Override
    public double derivative(double x) {
        if (x < -scope) {
            return 0;
        }
        if (x < scope / 3) {
            return 4 * StrictMath.pow(x + scope, 3) * 27 / (256 * StrictMath.pow(scope, 3));
        }
        return 1;
    }

    public double getScope() {
        return scope;
    }

    @Override
    public String toString() {
        return "quartlu(scope=" + scope + ")";
    }
}
