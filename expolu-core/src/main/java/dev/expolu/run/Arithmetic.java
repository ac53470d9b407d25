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
 *               the GPU, its compute capability and driver for cuda
 */
public record Arithmetic(String engine, String dtype, String code, String device) {

    /** "fused|float32|code 1a2b3c4d5e6f7a8b|jvm". */
    public String key() {
        return engine + "|" + dtype + "|code " + code + "|" + device;
    }
}
