package dev.expolu.trainer;

import dev.expolu.api.Metric;
import dev.expolu.api.Trainer;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import dev.expolu.run.TrainerSpec;
import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingInterruptedException;
import dev.expolu.training.TrainingListener;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code model.kind: trainer}: a project's own {@link Trainer}, one new instance a run, on the calling
 * thread. Its arithmetic is the project's code: no version is declared for it (0), and its code is
 * the hash of expolu's training code and the project's class path ({@link ProjectClasses#codeHash()}),
 * so a lock holds its curves under any code and names a code change where one moved.
 */
public final class TrainerEngine implements RunTrainer {

    /** The engine's id in records and keys. */
    public static final String ID = "trainer";

    private final ProjectClasses classes;

    public TrainerEngine(ProjectClasses classes) {
        this.classes = classes;
    }

    @Override
    public String id() {
        return ID;
    }

    /** "trainer|java|arithmetic 0|code <expolu and project>|jvm": the dtype and device are the project's own business. */
    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(ID, "java", 0, classes.codeHash(), "jvm");
    }

    @Override
    public LossCurve train(RunSpec run, TrainingListener listener) {
        TrainerSpec spec = (TrainerSpec) run;
        Trainer trainer;
        try {
            trainer = classes.newTrainer(spec.className());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(spec.className() + " cannot be made: " + e, e);
        }
        List<Metric> metrics = List.copyOf(trainer.metrics());
        ReportedRounds rounds = new ReportedRounds(spec.className(), metrics, spec.rounds(), listener);
        try {
            trainer.train(new TrainerRun(spec), rounds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingInterruptedException(0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(spec.className() + ".train threw " + e, e);
        }
        double[][] values = rounds.values();
        double[] losses = null;
        List<MetricCurve> others = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals("loss")) {
                losses = values[i];
            } else {
                others.add(new MetricCurve(metrics.get(i).name(), metrics.get(i).higherIsBetter(), values[i]));
            }
        }
        if (losses == null) {
            throw new IllegalStateException(spec.className() + ".metrics() names no 'loss'; expected one");
        }
        return new LossCurve(losses, others);
    }
}
