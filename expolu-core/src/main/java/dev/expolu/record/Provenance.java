package dev.expolu.record;

/**
 * What a run's numbers depend on beyond its experiment and seed: enough to re-run it, and the key
 * under which two runs must agree bit for bit.
 *
 * @param expolu  expolu's version
 * @param dl4j    Deeplearning4j's version
 * @param engine  {@code fused} or {@code dl4j}
 * @param backend {@code cpu}, or ND4J's backend for the dl4j engine ({@code cpu}, {@code cuda})
 * @param dtype   {@code float32} or {@code float64}
 * @param java    the JVM's version and vendor
 * @param os      the operating system
 * @param arch    the processor architecture
 * @param threads threads computing one run
 */
public record Provenance(String expolu, String dl4j, String engine, String backend, String dtype, String java,
        String os, String arch, int threads) {

    /**
     * What two runs must share for their curves to be comparable bit for bit, as a lock file pins
     * it: versions, engine, backend, dtype, arch and threads. The JVM and the OS are left out: the
     * fused engine's arithmetic is Java's own ({@code StrictMath}, fixed vector lanes).
     */
    public String key() {
        return String.join("|", expolu, dl4j, engine, backend, dtype, arch, "threads=" + threads);
    }
}
