package dev.expolu.dl4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/** A {@link ComputationGraphConfiguration} of one input and one output, an output layer. */
record GraphConfiguration(ComputationGraphConfiguration conf) implements Dl4jConfiguration {

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
        List<String> inputs = conf.getNetworkInputs();
        List<String> outputs = conf.getNetworkOutputs();
        if (inputs.size() != 1 || outputs.size() != 1) {
            return Optional.of("a graph of " + inputs.size() + " input(s) " + inputs + " and " + outputs.size()
                    + " output(s) " + outputs + "; expected one input and one output");
        }
        Layer last = layer(conf.getVertices().get(outputs.get(0)));
        if (!Dl4jConfiguration.isOutput(last)) {
            return Optional.of("whose output " + outputs.get(0) + " is " + (last == null ? "no layer" : "a "
                    + last.getClass().getSimpleName()) + "; expected an output layer (OutputLayer, LossLayer), whose"
                    + " loss is the run's");
        }
        for (Map.Entry<String, List<String>> e : conf.getVertexInputs().entrySet()) {
            if (features > 0 && e.getValue().contains(inputs.get(0))
                    && layer(conf.getVertices().get(e.getKey())) instanceof FeedForwardLayer in
                    && in.getNIn() != features) {
                return Optional.of("whose layer " + e.getKey() + " takes " + in.getNIn() + " inputs, but the table has "
                        + features + " features");
            }
        }
        if (classes > 0 && last instanceof FeedForwardLayer out && out.getNOut() != classes) {
            return Optional.of("whose output layer has " + out.getNOut() + " units, but the table's labels name "
                    + classes + " classes");
        }
        return Optional.empty();
    }

    private static Layer layer(GraphVertex vertex) {
        return vertex instanceof LayerVertex v ? v.getLayerConf().getLayer() : null;
    }

    @Override
    public void seed(long seed) {
        conf.getDefaultConfiguration().setSeed(seed);
        conf.getVertices().values().forEach(v -> {
            if (v instanceof LayerVertex l) {
                l.getLayerConf().setSeed(seed);
            }
        });
    }

    @Override
    public Dl4jNetwork network(long seed) {
        seed(seed);
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        return new Network(graph, conf.getNetworkInputs().get(0), conf.getNetworkOutputs().get(0),
                conf.getVertexInputs().get(conf.getNetworkOutputs().get(0)).get(0));
    }

    /** @param before the vertex whose activations the output layer takes */
    private record Network(ComputationGraph graph, String input, String output, String before) implements Dl4jNetwork {

        @Override
        public org.deeplearning4j.nn.api.Model model() {
            return graph;
        }

        @Override
        public void fit(DataSetIterator batches) {
            graph.fit(batches);
        }

        /** As {@code graph.score(data)} and {@code graph.outputSingle(features)} together, from one pass. */
        @Override
        public HeldOut score(DataSet data) {
            Map<String, INDArray> activations = graph.feedForward(data.getFeatures(), false);
            INDArray in = before.equals(input) ? data.getFeatures() : activations.get(before);
            var vertex = (org.deeplearning4j.nn.graph.vertex.impl.LayerVertex) graph.getVertex(output);
            if (vertex.getLayerPreProcessor() != null) {
                in = vertex.getLayerPreProcessor().preProcess(in, (int) data.getFeatures().size(0),
                        LayerWorkspaceMgr.noWorkspaces());
            }
            HeldOut scored = HeldOut.of((IOutputLayer) vertex.getLayer(), in, activations.get(output), data.getLabels(),
                    graph.calcRegularizationScore(true));
            graph.clearLayersStates();
            return scored;
        }
    }
}
