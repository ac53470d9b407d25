package dev.expolu.api;

/** Where a trainer reports its rounds, one call a round. */
public interface Rounds {

    /**
     * The round's value of each metric, in the order of {@link Trainer#metrics()}.
     *
     * @throws IllegalArgumentException where the count of values is not the count of metrics, or
     *                                  more rounds are reported than the run has
     * @throws InterruptedException     where the build is stopping: the trainer returns at once
     */
    void report(double... values) throws InterruptedException;
}
