package dev.expolu.trainer;

import dev.expolu.api.Metric;
import dev.expolu.api.Rounds;
import dev.expolu.training.TrainingListener;
import java.util.List;

/** What a trainer reports of one run, round by round, held to its metrics and its rounds. */
final class ReportedRounds implements Rounds {

    private final String trainer;
    private final List<Metric> metrics;
    private final double[][] values;
    private final TrainingListener listener;
    private int reported;

    ReportedRounds(String trainer, List<Metric> metrics, int rounds, TrainingListener listener) {
        this.trainer = trainer;
        this.metrics = metrics;
        this.values = new double[metrics.size()][rounds];
        this.listener = listener;
    }

    @Override
    public void report(double... round) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the build is stopping");
        }
        if (round.length != metrics.size()) {
            throw new IllegalArgumentException(trainer + " reported " + round.length + " value(s) in round "
                    + (reported + 1) + ", but expected " + metrics.size() + ", one per metric " + names());
        }
        int rounds = values.length == 0 ? 0 : values[0].length;
        if (reported == rounds) {
            throw new IllegalArgumentException(trainer + " reported round " + (reported + 1) + ", but expected "
                    + rounds + " rounds (training.rounds)");
        }
        for (int m = 0; m < round.length; m++) {
            values[m][reported] = round[m];
        }
        reported++;
        int loss = names().indexOf("loss");
        listener.roundFinished(reported, rounds, loss < 0 ? Double.NaN : round[loss]);
    }

    /** Every metric's values, once every round was reported. */
    double[][] values() {
        int rounds = values.length == 0 ? 0 : values[0].length;
        if (reported != rounds) {
            throw new IllegalStateException(trainer + " reported " + reported + " round(s), but expected " + rounds
                    + " (training.rounds)");
        }
        return values;
    }

    private List<String> names() {
        return metrics.stream().map(Metric::name).toList();
    }
}
