package dev.expolu.activation;

/** The identity ({@code acttype=0}): f(x) = x. */
public final class Identity extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;

    @Override
    public int seedId() {
        return 0;
    }

    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double derivative(double x) {
        return 1;
    }

    @Override
    public String toString() {
        return "identity";
    }
}
