package dev.expolu.dl4j;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.Dl4jEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingCode;
import dev.expolu.training.TrainingInterruptedException;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * {@code model.kind: dl4j}: the configuration's {@code MultiLayerNetwork}, its seed set to the run's,
 * trained by DL4J's own {@code fit} an epoch at a time over an iterator of mini-batches, the training
 * rows shuffled from the seed every epoch. (Fitting one {@code DataSet} a call took five times as long
 * as the iterator in M2.1: {@code benchmarks/dl4j-fit.sh}.) Each epoch reports the mean training score of its batches ({@code loss}), the score of
 * the held-out rows ({@code valLoss}) and their accuracy.
 */
public final class Dl4jFitEngine implements RunTrainer {

    /** The engine's id in records and keys. */
    public static final String ID = "dl4j-fit";

    /**
     * The declared arithmetic of how this engine drives DL4J (the split, the shuffle, the batches, the
     * metrics): raised with a line in CHANGELOG.md by a change meant to move its curves.
     */
    public static final int ARITHMETIC = 1;

    private final ProjectClasses classes;

    /** @param classes where a {@code model.factory} is found */
    public Dl4jFitEngine(ProjectClasses classes) {
        this.classes = classes;
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * The dtype is the configuration's; the device ND4J's backend and threads. The code is expolu's
     * training code and the project's test class path by content ({@link ProjectClasses#hash()}): a
     * factory is the project's code, and a configuration may name the project's own layers or
     * activations by class, so a changed class or dependency jar never serves an old curve.
     */
    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(ID, "configured", ARITHMETIC, code(), Dl4jEngine.device());
    }

    private String code() {
        return Sha256.hex("expolu " + TrainingCode.hash() + "\nproject " + classes.hash()).substring(0, 16);
    }

    @Override
    public LossCurve train(RunSpec run, TrainingListener listener) {
        Dl4jSpec spec = (Dl4jSpec) run;
        try {
            MultiLayerConfiguration conf = configuration(spec);
            conf.getConfs().forEach(c -> c.setSeed(spec.seed()));
            Split split = Split.of(LabelledTable.read(Dl4jFiles.checked(spec.folder(), spec.csv(), spec.csvSha256()),
                    spec.label()), spec.validation(), spec.standardize(), new Random(spec.seed()), conf.getDataType());
            return fit(conf, split, spec, listener);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's configuration, or the factory's, as it was when the experiment was loaded. */
    private MultiLayerConfiguration configuration(Dl4jSpec spec) throws IOException {
        if (!spec.fromFactory()) {
            return MultiLayerConfiguration.fromJson(Files.readString(
                    Dl4jFiles.checked(spec.folder(), spec.configuration(), spec.configurationSha256())));
        }
        MultiLayerConfiguration made = Dl4jFactories.make(classes, spec.configuration(), spec.parameters());
        String json = made.toJson();
        String sha256 = Sha256.hex(json);
        if (!sha256.equals(spec.configurationSha256())) {
            throw new IllegalStateException(spec.configuration() + " made another configuration than when the experiment"
                    + " was loaded (SHA-256 of its JSON " + spec.configurationSha256().substring(0, 12) + "... then, "
                    + sha256.substring(0, 12) + "... now); expected the same for the same parameters");
        }
        return MultiLayerConfiguration.fromJson(json); // a copy of its own, whose seeds this run sets
    }

    private static LossCurve fit(MultiLayerConfiguration conf, Split split, Dl4jSpec spec, TrainingListener listener) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        BatchScores scores = new BatchScores();
        net.setListeners(scores);
        Random shuffle = new Random(spec.seed() * 31 + 17);
        double[] loss = new double[spec.rounds()];
        double[] valLoss = new double[spec.rounds()];
        double[] accuracy = new double[spec.rounds()];
        for (int epoch = 0; epoch < spec.rounds(); epoch++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TrainingInterruptedException(epoch);
            }
            scores.clear();
            net.fit(new ListDataSetIterator<>(split.batches(spec.batchSize(), shuffle), spec.batchSize()));
            loss[epoch] = scores.mean();
            valLoss[epoch] = net.score(split.validation());
            accuracy[epoch] = accuracy(net.output(split.validation().getFeatures(), false), split.validation());
            listener.roundFinished(epoch + 1, spec.rounds(), loss[epoch]);
        }
        return new LossCurve(loss, List.of(new MetricCurve("valLoss", false, valLoss),
                new MetricCurve("accuracy", true, accuracy)));
    }

    /** The score of every batch of an epoch, as DL4J reports it after each iteration. */
    private static final class BatchScores extends BaseTrainingListener {

        private double sum;
        private int count;

        @Override
        public void iterationDone(Model model, int iteration, int epoch) {
            sum += model.score();
            count++;
        }

        void clear() {
            sum = 0;
            count = 0;
        }

        double mean() {
            return sum / count;
        }
    }

    private static double accuracy(INDArray output, DataSet data) {
        INDArray predicted = output.argMax(1);
        INDArray actual = data.getLabels().argMax(1);
        long right = 0;
        for (long i = 0; i < predicted.length(); i++) {
            right += predicted.getLong(i) == actual.getLong(i) ? 1 : 0;
        }
        return right / (double) predicted.length();
    }
}
