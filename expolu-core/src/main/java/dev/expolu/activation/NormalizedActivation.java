package dev.expolu.activation;

import java.util.Objects;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The seed's layer body as one DL4J activation: {@code norma(act(norma(z)))}, applied to each row
 * (sample) of its input. With it, a plain DL4J {@code DenseLayer} is one layer of the seed's net.
 */
public final class NormalizedActivation extends BaseActivationFunction {

    private static final long serialVersionUID = 1L;

    private ElementwiseActivation activation;

    /** For Jackson. */
    public NormalizedActivation() {
        this(new Identity());
    }

    public NormalizedActivation(ElementwiseActivation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
    }

    public ElementwiseActivation getActivation() {
        return activation;
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        INDArray rows = in.dup('c');
        for (int r = 0; r < rows.rows(); r++) {
            double[] v = rows.getRow(r).toDoubleVector();
            new Block(activation, v.length).forward(v);
            ElementwiseActivation.assign(in.getRow(r), v);
        }
        return in;
    }

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        INDArray rows = in.dup('c');
        INDArray eps = epsilon.dup('c');
        for (int r = 0; r < rows.rows(); r++) {
            Block block = new Block(activation, (int) rows.columns());
            double[] v = rows.getRow(r).toDoubleVector();
            block.forward(v);
            double[] g = eps.getRow(r).toDoubleVector();
            block.backward(g);
            ElementwiseActivation.assign(in.getRow(r), g);
        }
        return new Pair<>(in, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedActivation that && activation.equals(that.activation);
    }

    @Override
    public int hashCode() {
        return activation.hashCode();
    }

    @Override
    public String toString() {
        return "norma(" + activation + "(norma(z)))";
    }

    /**
     * One sample through {@code norma -> act -> norma}, keeping what its backward pass needs. The
     * fused trainer holds one per layer and reuses it.
     */
    public static final class Block {

        private final ElementwiseActivation activation;
        private final double[] firstNormalized;
        private final double[] output;
        private double firstStd;
        private double secondStd;

        public Block(ElementwiseActivation activation, int width) {
            this.activation = activation;
            this.firstNormalized = new double[width];
            this.output = new double[width];
        }

        /** z becomes norma(act(norma(z))), in place. */
        public void forward(double[] z) {
            firstStd = Norma.forward(z);
            System.arraycopy(z, 0, firstNormalized, 0, z.length);
            activation.applyInPlace(z);
            secondStd = Norma.forward(z);
            System.arraycopy(z, 0, output, 0, z.length);
        }

        /** The gradient on the output becomes the gradient on z, in place. */
        public void backward(double[] g) {
            Norma.backward(output, secondStd, g);
            for (int i = 0; i < g.length; i++) {
                g[i] *= activation.derivative(firstNormalized[i]);
            }
            Norma.backward(firstNormalized, firstStd, g);
        }

        /** The last output, norma(act(norma(z))). */
        public double[] output() {
            return output;
        }
    }
}
