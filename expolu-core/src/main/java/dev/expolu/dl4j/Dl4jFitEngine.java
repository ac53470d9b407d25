package dev.expolu.dl4j;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.Dl4jData;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.Dl4jEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Random;

/**
 * {@code model.kind: dl4j}: the configuration's network ({@code MultiLayerNetwork} or
 * {@code ComputationGraph}), its seed set to the run's, trained by DL4J's own {@code fit} an epoch at
 * a time over an iterator of mini-batches: a table's training rows shuffled from the seed every epoch,
 * or the iterator a project's code made from the seed. (Fitting one {@code DataSet} a call took five
 * times as long as the iterator in M2.1: {@code benchmarks/dl4j-fit.sh}.) Each round, an epoch or
 * {@code every} iterations, reports the mean training score of its batches ({@code loss}), and the
 * score ({@code valLoss}) and accuracy of the held-out rows from one forward pass over them.
 */
public final class Dl4jFitEngine implements RunTrainer {

    /** The engine's id in records and keys. */
    public static final String ID = "dl4j-fit";

    /**
     * The declared arithmetic of how this engine drives DL4J (the split, the shuffle, the batches, the
     * metrics): raised with a line in CHANGELOG.md by a change meant to move its curves.
     */
    public static final int ARITHMETIC = 2;

    private final ProjectClasses classes;

    /** @param classes where a {@code model.factory} or {@code data.iterator} is found */
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
        return new Arithmetic(ID, "configured", ARITHMETIC, classes.codeHash(), Dl4jEngine.device());
    }

    @Override
    public LossCurve train(RunSpec run, TrainingListener listener) {
        Dl4jSpec spec = (Dl4jSpec) run;
        try {
            Dl4jConfiguration conf = configuration(spec);
            RunData data = data(spec, conf);
            return new Rounds(conf.network(spec.seed()), data, spec.rounds(), spec.every(), listener).train();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's configuration, or the factory's, as it was when the experiment was loaded. */
    private Dl4jConfiguration configuration(Dl4jSpec spec) throws IOException {
        if (!spec.fromFactory()) {
            return Dl4jConfiguration.fromJson(Files.readString(
                    Dl4jFiles.checked(spec.folder(), spec.configuration(), spec.configurationSha256())));
        }
        String json = Dl4jFactories.make(classes, spec.configuration(), spec.parameters()).seedlessJson();
        String sha256 = Sha256.hex(json);
        if (!sha256.equals(spec.configurationSha256())) {
            throw new IllegalStateException(spec.configuration() + " made another configuration than when the experiment"
                    + " was loaded (SHA-256 of its JSON " + spec.configurationSha256().substring(0, 12) + "... then, "
                    + sha256.substring(0, 12) + "... now); expected the same for the same parameters");
        }
        return Dl4jConfiguration.fromJson(json); // a copy of its own, whose seeds this run sets
    }

    /** The table, split from the seed, or the iterators the project's code makes from it. */
    private RunData data(Dl4jSpec spec, Dl4jConfiguration conf) throws IOException {
        if (spec.data() instanceof Dl4jData.Table t) {
            Split split = Split.of(LabelledTable.read(Dl4jFiles.checked(spec.folder(), t.csv(), t.csvSha256()),
                    t.label()), t.validation(), t.standardize(), new Random(spec.seed()), conf.dataType());
            return new TableData(split, spec.batchSize(), new Random(spec.seed() * 31 + 17));
        }
        Dl4jData.Iterators it = (Dl4jData.Iterators) spec.data();
        return new IteratorData(it.train(), DataIterators.make(classes, it.train(), spec.seed()),
                DataIterators.make(classes, it.validation(), spec.seed()), conf.dataType());
    }
}
