package dev.expolu.activation;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An activation applied to each element on its own, defined once by {@link #apply(double)} and
 * {@link #derivative(double)}.
 *
 * <p>Both training paths use these two methods: the DL4J path through this class's
 * {@link org.nd4j.linalg.activations.IActivation} methods, the fused path by calling them directly.
 * Values are computed in double precision and rounded to the array's data type. Implementations use
 * {@link StrictMath}, not {@link Math}: its results are the same on every JVM and processor, so a
 * curve's bits depend on the build, dtype and seed alone.
 */
public abstract class ElementwiseActivation extends BaseActivationFunction {

    private static final long serialVersionUID = 1L;

    /** The seed's {@code acttype} number of this function, kept for readers of the post. */
    public abstract int seedId();

    /** f(x). */
    public abstract double apply(double x);

    /** f'(x), with the seed's (PyTorch's) choice at the kinks. */
    public abstract double derivative(double x);

    /** f over a whole vector, in place. */
    public final void applyInPlace(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = apply(v[i]);
        }
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        double[] v = in.dup('c').data().asDouble();
        applyInPlace(v);
        assign(in, v);
        return in;
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        double[] x = in.dup('c').data().asDouble();
        double[] e = epsilon.dup('c').data().asDouble();
        for (int i = 0; i < x.length; i++) {
            x[i] = derivative(x[i]) * e[i];
        }
        assign(in, x);
        return new Pair<>(in, null);
    }

    /** Writes {@code values}, in C order, into {@code target} of the same length. */
    static void assign(INDArray target, double[] values) {
        INDArray source = org.nd4j.linalg.factory.Nd4j.createFromArray(values)
                .reshape('c', target.shape()).castTo(target.dataType());
        target.assign(source);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
