package dev.expolu.training;

import dev.expolu.network.Architecture;
import dev.expolu.network.Parameters;

/** Per-sample SGD of the seed: after every sample, w -= learningRate * dloss/dw. */
public interface Trainer {

    /**
     * Trains {@code parameters} in place for {@code rounds} passes over {@code data}, in order.
     *
     * @throws TrainingInterruptedException when the thread is interrupted between rounds
     */
    LossCurve train(Architecture architecture, Parameters parameters, Dataset data, double learningRate,
            int rounds, TrainingListener listener);
}
