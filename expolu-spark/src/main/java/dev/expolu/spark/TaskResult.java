package dev.expolu.spark;

import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import java.io.Serializable;
import java.util.List;

/**
 * What a task sends back to the driver: the run's curve and wall time, where it trained (the
 * executor's arithmetic, JVM, OS and arch, for the record's provenance), and the cache key it
 * recomputed there; or the run's own failure, as text.
 *
 * @param index      the run's place in the job
 * @param losses     the loss of every round; null where it failed
 * @param metrics    the run's other curves (a trainer's, a dl4j run's), each a {@link Metric}; none for the
 *                   seed's network
 * @param seconds    the training's wall time on the executor
 * @param cacheKey   the run's key as the executor computed it
 * @param engine     the arithmetic's engine there
 * @param dtype      the arithmetic's dtype there
 * @param arithmetic the engine's declared arithmetic version there
 * @param code       the hash of the training code there
 * @param device     the arithmetic's device there
 * @param java       the executor's JVM
 * @param os         the executor's OS
 * @param arch       the executor's processor architecture
 * @param executor   Spark's id of the executor and its host, "1 at 10.0.0.5"
 * @param error      why the run failed, null where it trained
 */
record TaskResult(int index, double[] losses, List<Metric> metrics, double seconds, String cacheKey, String engine, String dtype,
        int arithmetic, String code, String device, String java, String os, String arch, String executor, String error)
        implements Serializable {

    TaskResult {
        metrics = List.copyOf(metrics);
    }

    /** The curves as the session records them. */
    LossCurve curve() {
        return new LossCurve(losses, metrics.stream().map(m -> new MetricCurve(m.name(), m.higherIsBetter(), m.values()))
                .toList());
    }

    /**
     * One of a run's other curves, as it travels.
     *
     * @param name           its name, as the trainer declares it
     * @param higherIsBetter its direction
     * @param values         its value every round
     */
    record Metric(String name, boolean higherIsBetter, double[] values) implements Serializable {
    }
}
