package com.example;

import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.api.Run;
import dev.expolu.api.Trainer;
import java.util.List;
import java.util.Random;

/** y = 2x + 1 with noise, fitted by SGD from seeded weights: every random number comes from the run's seed. */
public class LineTrainer implements Trainer {

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.lower("loss"), Metric.higher("within"));
    }

    @Override
    public void train(Run run, Rounds rounds) throws InterruptedException {
        Random random = new Random(run.seed());
        int n = run.integer("points");
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i - n / 2;
            y[i] = 2 * x[i] + 1 + 0.1 * random.nextGaussian();
        }
        double w = random.nextGaussian();
        double b = random.nextGaussian();
        double rate = run.number("learningRate", 0.05);
        for (int round = 0; round < run.rounds(); round++) {
            double loss = 0;
            int within = 0;
            for (int i = 0; i < n; i++) {
                double error = w * x[i] + b - y[i];
                loss += error * error / n;
                within += Math.abs(error) <= 0.25 ? 1 : 0;
                w -= rate * 2 * error * x[i];
                b -= rate * 2 * error;
            }
            rounds.report(loss, within / (double) n);
        }
    }
}
