package dev.expolu.run;

/**
 * What decides the arithmetic of a run beyond its {@link RunSpec}: two runs of one spec under the
 * same arithmetic give the same curve bit for bit. It keys lock entries and, with the spec, the run
 * cache.
 *
 * @param engine the engine that trained it: {@code fused}, {@code dl4j} or {@code cuda}
 * @param dtype  {@code float32} or {@code float64}
 * @param code   a hash of expolu's training code (activations, network, trainers, kernels)
 * @param device where it ran, as far as it moves results: {@code jvm} for the fused engine (Java's
 *               own arithmetic, the same on every processor), ND4J's backend and threads for dl4j,
 *               the GPU, its compute capability and driver for cuda; {@link #WHERE_TRAINED} where
 *               only the machine that trains the run knows it (the GPU of a cluster's executor)
 */
public record Arithmetic(String engine, String dtype, String code, String device) {

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
     * where the device is known only where it trains, the same engine, dtype and code on a device
     * that is named.
     */
    public boolean admits(Arithmetic actual) {
        if (!deviceWhereTrained()) {
            return equals(actual);
        }
        return engine.equals(actual.engine) && dtype.equals(actual.dtype) && code.equals(actual.code)
                && !actual.deviceWhereTrained();
    }

    /** "fused|float32|code 1a2b3c4d5e6f7a8b|jvm". */
    public String key() {
        return engine + "|" + dtype + "|code " + code + "|" + device;
    }
}
