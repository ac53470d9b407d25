package dev.expolu.api;

import java.util.List;

/**
 * Training code of a project's own, under expolu's gate: an experiment file names the class
 * ({@code model: {kind: trainer, class: com.example.MyTrainer}}) and expolu trains it once a seed
 * and variant, records each round's metrics, and judges, caches, locks and reports the curves as it
 * does the seed's network. The class is found on the project's test class path, in a forked JVM;
 * it needs a public constructor without arguments, and one instance trains one run.
 *
 * <p>A trainer whose every random number comes from {@link Run#seed()} and whose arithmetic does not
 * depend on threads gives the same curve bit for bit in every build, and a lock holds it there.
 */
public interface Trainer {

    /**
     * The curves it reports each round, in the order of {@link Rounds#report(double...)}'s values.
     * One is named {@code loss}, the curve the default claims measure.
     */
    List<Metric> metrics();

    /**
     * Trains one run: {@link Run#rounds()} rounds, each reported once through {@code rounds}, in order.
     * An exception fails this run alone, named, with its stack trace in the build's log.
     *
     * @throws InterruptedException where the thread was interrupted (the build stops); a trainer
     *                              checks between rounds, and {@link Rounds#report} checks too
     */
    void train(Run run, Rounds rounds) throws Exception;

    /**
     * Whether two trainings of one run (one seed, one variant) on one machine give the same curves bit
     * for bit. True by default; a trainer whose arithmetic depends on threads, a GPU's scheduling or
     * the clock says false, and a lock then says it cannot gate its runs (a warning, a failure under
     * {@code -Dexpolu.lock=strict}) rather than fail them as moved. Its curves are still recorded,
     * cached and judged.
     */
    default boolean deterministic() {
        return true;
    }
}
