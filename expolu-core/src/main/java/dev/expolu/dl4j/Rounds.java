package dev.expolu.dl4j;

import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import dev.expolu.training.TrainingInterruptedException;
import dev.expolu.training.TrainingListener;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/**
 * A run's training, round by round: DL4J's {@code fit} over each epoch's batches, the score of every
 * batch heard after its iteration, and at the end of a round (an epoch, or {@code every} iterations,
 * heard as {@code EvaluativeListener} hears them) the held-out rows scored once. Nothing else is done
 * an epoch.
 */
final class Rounds extends BaseTrainingListener {

    private final Dl4jNetwork net;
    private final RunData data;
    private final int every;
    private final TrainingListener listener;
    private final double[] loss;
    private final double[] valLoss;
    private final double[] accuracy;
    private int done;
    private double sum;
    private int batches;

    /** @param every iterations a round; 0 for an epoch a round */
    Rounds(Dl4jNetwork net, RunData data, int rounds, int every, TrainingListener listener) {
        this.net = net;
        this.data = data;
        this.every = every;
        this.listener = listener;
        this.loss = new double[rounds];
        this.valLoss = new double[rounds];
        this.accuracy = new double[rounds];
    }

    LossCurve train() {
        net.model().setListeners(this);
        while (done < loss.length) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TrainingInterruptedException(done);
            }
            int before = done * Math.max(every, 1) + batches;
            net.fit(data.epoch(every == 0 ? Integer.MAX_VALUE : (loss.length - done) * every - batches));
            if (done * Math.max(every, 1) + batches == before) {
                throw new IllegalStateException("an epoch of the training data had no batches; expected at least one");
            }
            if (every == 0) {
                record();
            }
        }
        return new LossCurve(loss, List.of(new MetricCurve("valLoss", false, valLoss),
                new MetricCurve("accuracy", true, accuracy)));
    }

    /** DL4J's score of the batch just fitted; a round's end every {@code every} of them. */
    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        sum += model.score();
        batches++;
        if (batches == every) {
            record();
        }
    }

    private void record() {
        loss[done] = sum / batches;
        HeldOut held = data.heldOut(net);
        valLoss[done] = held.loss();
        accuracy[done] = held.accuracy();
        done++;
        sum = 0;
        batches = 0;
        listener.roundFinished(done, loss.length, loss[done - 1]);
    }
}
