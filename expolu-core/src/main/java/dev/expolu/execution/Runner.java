package dev.expolu.execution;

import dev.expolu.experiment.Run;
import dev.expolu.experiment.Setup;
import dev.expolu.network.Architecture;
import dev.expolu.network.Initializers;
import dev.expolu.network.Parameters;
import dev.expolu.record.RunRecord;
import dev.expolu.record.Versions;
import dev.expolu.training.Dl4jTrainer;
import dev.expolu.training.FusedTrainer;
import dev.expolu.training.LossCurve;
import dev.expolu.training.Trainer;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Trains one run: builds its net from the seed or the init files, trains it, makes its record. */
public final class Runner {

    private Runner() {
    }

    public static RunRecord run(Run run, TrainingListener listener) {
        Setup setup = run.setup();
        Architecture architecture = setup.architecture();
        Parameters parameters = initial(run, architecture);
        Trainer trainer = setup.engine() == Setup.Engine.FUSED ? new FusedTrainer() : new Dl4jTrainer();
        long start = System.nanoTime();
        LossCurve curve = trainer.train(architecture, parameters, setup.dataset(), setup.learningRate(),
                setup.rounds(), listener);
        double seconds = (System.nanoTime() - start) / 1e9;
        return RunRecord.of(run.experiment(), run.variant(), run.seed(), curve, seconds, run.file().toString(),
                run.experimentSha256(), describe(setup), Versions.of(setup));
    }

    /** N(0,1) from the run's seed, or the tensors of {@code init: {from: DIR}}. */
    static Parameters initial(Run run, Architecture architecture) {
        Setup setup = run.setup();
        if (setup.initFrom().isEmpty()) {
            return Parameters.normal(architecture, setup.precision(), run.seed());
        }
        try {
            return Initializers.load(setup.initFrom().get(), architecture, setup.precision());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The setup as plain values for the record. */
    static Map<String, Object> describe(Setup s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", s.points());
        m.put("normalize", s.normalize());
        m.put("layers", s.layers());
        m.put("width", s.width());
        m.put("activation", s.architecture().activation().toString());
        m.put("parameters", s.parameters());
        m.put("powers", s.powers());
        m.put("init", s.initFrom().map(Object::toString).orElse("normal"));
        m.put("rounds", s.rounds());
        m.put("learningRate", s.learningRate());
        m.put("dtype", s.precision().id());
        m.put("engine", s.engine().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
