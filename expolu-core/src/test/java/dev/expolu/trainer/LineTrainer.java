package dev.expolu.trainer;

import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.api.Run;
import dev.expolu.api.Trainer;
import java.util.List;
import java.util.Random;

/** A project's own trainer as a test writes one: a line fitted by SGD to five points, from seeded weights. */
public class LineTrainer implements Trainer {

    static final double[][] POINTS = {{-2, -3.1}, {-1, -0.9}, {0, 1.2}, {1, 2.9}, {2, 5.1}};

    @Override
    public List<Metric> metrics() {
        return List.of(Metric.lower("loss"), Metric.higher("within"));
    }

    @Override
    public void train(Run run, Rounds rounds) throws InterruptedException {
        Random random = new Random(run.seed());
        double w = random.nextGaussian();
        double b = random.nextGaussian();
        double rate = run.number("learningRate", 0.05);
        for (int round = 0; round < run.rounds(); round++) {
            double loss = 0;
            int within = 0;
            for (double[] p : POINTS) {
                double error = w * p[0] + b - p[1];
                loss += error * error / POINTS.length;
                within += Math.abs(error) <= 0.5 ? 1 : 0;
                w -= rate * 2 * error * p[0];
                b -= rate * 2 * error;
            }
            rounds.report(loss, within / (double) POINTS.length);
        }
    }

    /** Not a trainer: a class the file may name by mistake. */
    public static class NotATrainer {
    }

    /** A trainer whose metrics name no loss. */
    public static class NoLoss extends LineTrainer {
        @Override
        public List<Metric> metrics() {
            return List.of(Metric.higher("within"), Metric.lower("error"));
        }
    }

    /** A trainer that fails in its third round. */
    public static class Failing extends LineTrainer {
        @Override
        public void train(Run run, Rounds rounds) throws InterruptedException {
            rounds.report(1, 0);
            rounds.report(0.5, 0.2);
            throw new IllegalStateException("the data ran out in round 3");
        }
    }
}
