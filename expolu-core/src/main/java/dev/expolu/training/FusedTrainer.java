package dev.expolu.training;

import dev.expolu.activation.NormalizedActivation.Block;
import dev.expolu.network.Architecture;
import dev.expolu.network.Parameters;
import dev.expolu.network.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path: the seed's forward pass, then its backward pass fused with the SGD step, layer by
 * layer, on the six tensors directly. Each weight is read once forward and read and written once
 * backward, with batch size 1 as the seed trains. The activation math is the activation classes'
 * own ({@link Block}); {@link Dl4jTrainer} is the same math through DL4J's
 * {@code MultiLayerNetwork}, and a test holds the two curves together.
 *
 * <p>The seed's quirks for more than one power are kept (see DESIGN.md): the input layer applies
 * {@code norma(act(norma(.)))} after each power term, and a hidden layer keeps only its last term,
 * {@code z = h + s_p(h) Wh[p,l]}, without bias.
 */
public final class FusedTrainer implements Trainer {

    private static final double[] ONE = {1};

    @Override
    public LossCurve train(Architecture architecture, Parameters parameters, Dataset data, double learningRate,
            int rounds, TrainingListener listener) {
        parameters.requireShapes(architecture.shape());
        Pass pass = new Pass(architecture, parameters, learningRate);
        return Rounds.run(rounds, listener, () -> {
            double sum = 0;
            for (int s = 0; s < data.size(); s++) {
                double out = pass.forward(data.inputs()[s]);
                double error = out - data.targets()[s];
                sum += error * error;
                pass.backwardAndStep(2 * error);
            }
            return sum / data.size();
        });
    }

    /** One sample's forward and backward pass, with the buffers both share. */
    private static final class Pass {

        private final List<Integer> powers;
        private final int width;
        private final int inputs;
        private final int hidden;
        private final double rate;
        private final Tensor w0;
        private final Tensor b0;
        private final Tensor wh;
        private final Tensor bh;
        private final Tensor wo;
        private final Tensor bo;
        private final Block[] inputBlocks;
        private final Block[] hiddenBlocks;
        private final double[][] inputTerms;
        private final double[][] outputTerms;
        private final double[] z;
        private final double[] grad;
        private final double[] prevGrad;
        private final double[] term;
        private final double[] out = new double[1];

        Pass(Architecture a, Parameters p, double rate) {
            this.powers = a.powers();
            this.width = a.width();
            this.inputs = a.inputs();
            this.hidden = a.layers() - 1;
            this.rate = rate;
            this.w0 = p.w0();
            this.b0 = p.b0();
            this.wh = p.wh();
            this.bh = p.bh();
            this.wo = p.wo();
            this.bo = p.bo();
            this.inputBlocks = new Block[powers.size()];
            this.inputTerms = new double[powers.size()][inputs];
            this.outputTerms = new double[powers.size()][width];
            for (int k = 0; k < powers.size(); k++) {
                inputBlocks[k] = new Block(a.activation(), width);
            }
            this.hiddenBlocks = new Block[hidden];
            for (int l = 0; l < hidden; l++) {
                hiddenBlocks[l] = new Block(a.activation(), width);
            }
            this.z = new double[width];
            this.grad = new double[width];
            this.prevGrad = new double[width];
            this.term = new double[width];
        }

        /** The seed's forward(x): ffn0, ffnh, ffno. */
        double forward(double[] x) {
            double[] h = inputLayer(x);
            for (int l = 0; l < hidden; l++) {
                h = hiddenLayer(l, h);
            }
            return outputLayer(h);
        }

        /** The seed's ffn0: norma(act(norma(.))) after each power term. */
        private double[] inputLayer(double[] x) {
            double[] h = null;
            for (int k = 0; k < powers.size(); k++) {
                Powers.term(x, powers.get(k), inputTerms[k]);
                Arrays.fill(z, 0);
                w0.multiplyAdd(k * inputs * width, inputs, width, inputTerms[k], z);
                if (k == 0) {
                    b0.multiplyAdd(0, 1, width, ONE, z);
                } else {
                    add(h, z);
                }
                inputBlocks[k].forward(z);
                h = inputBlocks[k].output();
            }
            return h;
        }

        /** The seed's ffnh for layer l: only the last power term survives its loop. */
        private double[] hiddenLayer(int l, double[] h) {
            int k = powers.size() - 1;
            Arrays.fill(z, 0);
            wh.multiplyAdd(hiddenOffset(k, l), width, width, hiddenTerm(h, powers.get(k)), z);
            if (k == 0) {
                bh.multiplyAdd(l * width, 1, width, ONE, z);
            } else {
                add(h, z);
            }
            hiddenBlocks[l].forward(z);
            return hiddenBlocks[l].output();
        }

        /** The seed's ffno: the sum of every power term, plus Bo. */
        private double outputLayer(double[] h) {
            out[0] = 0;
            for (int k = 0; k < powers.size(); k++) {
                Powers.term(h, powers.get(k), outputTerms[k]);
                wo.multiplyAdd(k * width, width, 1, outputTerms[k], out);
            }
            bo.multiplyAdd(0, 1, 1, ONE, out);
            return out[0];
        }

        /** Backpropagates dloss/dout and steps every tensor, from the output down. */
        void backwardAndStep(double outGrad) {
            double[] g = {outGrad};
            double[] h = hiddenBlocks[hidden - 1].output();
            Arrays.fill(grad, 0);
            for (int k = 0; k < powers.size(); k++) {
                backpropTerm(wo, k * width, width, 1, h, powers.get(k), outputTerms[k], g, grad);
            }
            bo.backpropAndStep(0, 1, 1, ONE, g, null, rate);
            for (int l = hidden - 1; l >= 0; l--) {
                hiddenBlocks[l].backward(grad);
                double[] in = l == 0 ? inputBlocks[powers.size() - 1].output() : hiddenBlocks[l - 1].output();
                int k = powers.size() - 1;
                Arrays.fill(prevGrad, 0);
                backpropTerm(wh, hiddenOffset(k, l), width, width, in, powers.get(k), hiddenTerm(in, powers.get(k)),
                        grad, prevGrad);
                if (k == 0) {
                    bh.backpropAndStep(l * width, 1, width, ONE, grad, null, rate);
                } else {
                    add(grad, prevGrad);
                }
                System.arraycopy(prevGrad, 0, grad, 0, width);
            }
            for (int k = powers.size() - 1; k >= 0; k--) {
                inputBlocks[k].backward(grad);
                w0.backpropAndStep(k * inputs * width, inputs, width, inputTerms[k], grad, null, rate);
                if (k == 0) {
                    b0.backpropAndStep(0, 1, width, ONE, grad, null, rate);
                }
            }
        }

        /**
         * Backward through {@code s_p(h) M} and the step of M: adds the gradient on h to
         * {@code hGrad}.
         */
        private void backpropTerm(Tensor m, int offset, int rows, int cols, double[] h, int p, double[] terms,
                double[] outGrad, double[] hGrad) {
            if (p == 1) {
                m.backpropAndStep(offset, rows, cols, terms, outGrad, hGrad, rate);
                return;
            }
            double[] termGrad = new double[rows];
            m.backpropAndStep(offset, rows, cols, terms, outGrad, termGrad, rate);
            Powers.addBackward(h, p, termGrad, hGrad);
        }

        private double[] hiddenTerm(double[] h, int p) {
            if (p == 1) {
                return h;
            }
            Powers.term(h, p, term);
            return term;
        }

        private int hiddenOffset(int k, int l) {
            return (k * hidden + l) * width * width;
        }

        private static void add(double[] from, double[] to) {
            for (int i = 0; i < to.length; i++) {
                to[i] += from[i];
            }
        }
    }
}
