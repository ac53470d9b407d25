package dev.expolu.activation;

/** ReLU ({@code acttype=9}): max(0, x), with derivative 0 at 0 as {@code torch.relu}. */
public final class ReLU extends ElementwiseActivation {

    private static final long serialVersionUID = 1L;

    @Override
    public int seedId() {
        return 9;
    }

    @Override
    public double apply(double x) {
        return x > 0 ? x : 0;
    }

    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : 0;
    }

    @Override
    public String toString() {
        return "relu";
    }
}
