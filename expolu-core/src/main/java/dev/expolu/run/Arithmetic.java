package dev.expolu.run;

/**
 * What decides the arithmetic of a run beyond its {@link RunSpec}. Two runs of one spec under the
 * same {@link #lockKey()} are meant to give the same curve bit for bit: a lock holds them to each
 * other. The run cache keys on more ({@link #key()}): the training code's hash too, so that changed
 * code never serves an old curve.
 *
 * @param engine  the engine that trained it: {@code fused}, {@code dl4j} or {@code cuda}
 * @param dtype   {@code float32} or {@code float64}
 * @param version the engine's declared arithmetic version: a constant its code owns, raised on
 *                purpose (with a line in the changelog) when a change is meant to move its bits; a
 *                known-answer test holds it to the bits
 * @param code    a hash of expolu's training code without its debug attributes (activations,
 *                network, trainers, kernels): a comment edit keeps it, a code change does not
 * @param device  where it ran, as far as it moves results: {@code jvm} for the fused engine (Java's
 *                own arithmetic, the same on every processor), ND4J's backend and threads for dl4j,
 *                the GPU, its compute capability and driver for cuda; {@link #WHERE_TRAINED} where
 *                only the machine that trains the run knows it (the GPU of a cluster's executor)
 */
public record Arithmetic(String engine, String dtype, int version, String code, String device) {

    /**
     * The device of a run planned on one machine and trained on another whose device this one
     * cannot see: its cache key and lock key are known only once the run comes back.
     */
    public static final String WHERE_TRAINED = "the device where it trains";

    /** Whether the device is known only where the run trains. */
    public boolean deviceWhereTrained() {
        return device.equals(WHERE_TRAINED);
    }

    /**
     * Whether a run planned under this arithmetic may be recorded under {@code actual}: the same, or,
     * where the device is known only where it trains, the same engine, dtype, version and code on a
     * device that is named.
     */
    public boolean admits(Arithmetic actual) {
        if (!deviceWhereTrained()) {
            return equals(actual);
        }
        return engine.equals(actual.engine) && dtype.equals(actual.dtype) && version == actual.version
                && code.equals(actual.code) && !actual.deviceWhereTrained();
    }

    /** The run cache's: "fused|float32|arithmetic 1|code 1a2b3c4d5e6f7a8b|jvm". */
    public String key() {
        return engine + "|" + dtype + "|arithmetic " + version + "|code " + code + "|" + device;
    }

    /**
     * A lock's: what runs must share to be held to each other bit for bit, "fused|float32|arithmetic
     * 1|jvm". The code's hash is left out: under one declared version any change of the code that
     * moves a curve is a regression the lock must catch.
     */
    public String lockKey() {
        return engine + "|" + dtype + "|arithmetic " + version + "|" + device;
    }
}
