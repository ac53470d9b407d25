package dev.expolu.training;

/** Hears of each finished round; called on the training thread. */
@FunctionalInterface
public interface TrainingListener {

    TrainingListener NONE = (round, rounds, loss) -> { };

    /**
     * @param round  the round just finished, from 1
     * @param rounds the rounds of the whole run
     * @param loss   its loss
     */
    void roundFinished(int round, int rounds, double loss);
}
