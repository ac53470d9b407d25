package dev.expolu.record;

import dev.expolu.run.Arithmetic;

/**
 * Where and how a run was trained: what decides its arithmetic (the key two runs must share to be
 * held to each other bit for bit), and what else a reader needs to re-run it.
 *
 * @param expolu  expolu's version
 * @param dl4j    Deeplearning4j's version
 * @param engine  the engine that trained it: {@code fused}, {@code dl4j} or {@code cuda}
 * @param device  where, as far as it moves results (see {@link Arithmetic#device()})
 * @param dtype   {@code float32} or {@code float64}
 * @param arithmeticVersion the engine's declared arithmetic version (see {@link Arithmetic#version()})
 * @param code    the hash of expolu's training code, without debug attributes
 * @param java    the JVM's version and vendor
 * @param os      the operating system
 * @param arch    the processor architecture
 */
public record Provenance(String expolu, String dl4j, String engine, String device, String dtype, int arithmeticVersion,
        String code, String java, String os, String arch) {

    /** The provenance of a run trained here under {@code arithmetic}. */
    public static Provenance of(Arithmetic arithmetic) {
        return new Provenance(Versions.expolu(), Versions.dl4j(), arithmetic.engine(), arithmetic.device(),
                arithmetic.dtype(), arithmetic.version(), arithmetic.code(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }

    public Arithmetic arithmetic() {
        return new Arithmetic(engine, dtype, arithmeticVersion, code, device);
    }

    /**
     * What two runs must share for their curves to be comparable bit for bit, as a lock pins it:
     * engine, dtype, declared arithmetic version and device ({@link Arithmetic#lockKey()}). Versions,
     * the JVM, the OS and the code's hash are left out: a release that leaves the arithmetic alone
     * keeps every lock, and one that moves it without saying so fails them.
     */
    public String lockKey() {
        return arithmetic().lockKey();
    }
}
