package dev.expolu.dl4j;

import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** A {@link MultiLayerConfiguration}: a stack of layers, the last an output layer. */
record LayersConfiguration(MultiLayerConfiguration conf) implements Dl4jConfiguration {

    @Override
    public String toJson() {
        return conf.toJson();
    }

    @Override
    public DataType dataType() {
        return conf.getDataType();
    }

    @Override
    public Optional<String> mismatch(int features, int classes) {
        List<Layer> layers = conf.getConfs().stream().map(c -> c.getLayer()).toList();
        if (layers.isEmpty()) {
            return Optional.of("with no layers; expected at least an output layer (OutputLayer, LossLayer)");
        }
        Layer last = layers.get(layers.size() - 1);
        if (!Dl4jConfiguration.isOutput(last)) {
            return Optional.of("whose last layer is a " + last.getClass().getSimpleName() + "; expected an output"
                    + " layer (OutputLayer, LossLayer), whose loss is the run's");
        }
        if (features > 0 && layers.get(0) instanceof FeedForwardLayer in && in.getNIn() != features) {
            return Optional.of("whose first layer takes " + in.getNIn() + " inputs, but the table has " + features
                    + " features");
        }
        if (classes > 0 && last instanceof FeedForwardLayer out && out.getNOut() != classes) {
            return Optional.of("whose output layer has " + out.getNOut() + " units, but the table's labels name "
                    + classes + " classes");
        }
        return Optional.empty();
    }

    @Override
    public void seed(long seed) {
        conf.getConfs().forEach(c -> c.setSeed(seed));
    }

    @Override
    public Dl4jNetwork network(long seed) {
        seed(seed);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return new Network(net);
    }

    private record Network(MultiLayerNetwork net) implements Dl4jNetwork {

        @Override
        public org.deeplearning4j.nn.api.Model model() {
            return net;
        }

        @Override
        public void fit(DataSetIterator batches) {
            net.fit(batches);
        }

        /** As {@code net.score(data)} and {@code net.output(features)} together, from one pass. */
        @Override
        public HeldOut score(DataSet data) {
            List<INDArray> activations = net.feedForward(data.getFeatures(), false);
            INDArray input = activations.get(activations.size() - 2);
            InputPreProcessor preProcessor = net.getLayerWiseConfigurations().getInputPreProcess(net.getnLayers() - 1);
            if (preProcessor != null) {
                input = preProcessor.preProcess(input, (int) data.getFeatures().size(0), LayerWorkspaceMgr.noWorkspaces());
            }
            HeldOut scored = HeldOut.of((IOutputLayer) net.getOutputLayer(), input,
                    activations.get(activations.size() - 1), data.getLabels(), net.calcRegularizationScore(true));
            net.clearLayersStates();
            return scored;
        }
    }
}
