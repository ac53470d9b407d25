package dev.expolu.activation;

/** The logistic sigmoid ({@code acttype=8}): f(x) = 1 / (1 + e^-x), f' = f (1 - f). */
public final class Sigmoid extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;

    @Override
    public int seedId() {
        return 8;
    }

    @Override
    public double apply(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    @Override
    public double derivative(double x) {
        double f = apply(x);
        return f * (1 - f);
    }

    @Override
    public String toString() {
        return "sigmoid";
    }
}
