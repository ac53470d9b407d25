package dev.expolu.activation;

/**
 * ParaLU ({@code acttype=3}): 0 for x &lt; -s, (x + s)^2 / (4s) for -s &lt;= x &lt; s, x otherwise,
 * with s the seed's {@code scope} (default 0.1).
 */
public final class ParaLU extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;
    public static final double DEFAULT_SCOPE = 0.1;

    private double scope;

    public ParaLU() {
        this(DEFAULT_SCOPE);
    }

    public ParaLU(double scope) {
        this.scope = scope;
    }

    @Override
    public int seedId() {
        return 3;
    }

    @Override
    public double apply(double x) {
        if (x < -scope) {
            return 0;
        }
        if (x < scope) {
            return (x + scope) * (x + scope) / (4 * scope);
        }
        return x;
    }

    @Override
    public double derivative(double x) {
        if (x < -scope) {
            return 0;
        }
        if (x < scope) {
            return 2 * (x + scope) / (4 * scope);
        }
        return 1;
    }

    public double getScope() {
        return scope;
    }

    @Override
    public String toString() {
        return "paralu(scope=" + scope + ")";
    }
}
