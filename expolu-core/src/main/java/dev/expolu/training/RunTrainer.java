package dev.expolu.training;

import dev.expolu.run.RunSpec;
import java.io.IOException;

/** An engine that trains one run at a time on the calling thread, which it owns until it returns. */
public interface RunTrainer extends TrainingEngine {

    /**
     * Trains the run from its initial tensors.
     *
     * @throws IOException                  where its init files cannot be read
     * @throws TrainingInterruptedException when the thread is interrupted between rounds
     */
    LossCurve train(RunSpec spec, TrainingListener listener) throws IOException;
}
