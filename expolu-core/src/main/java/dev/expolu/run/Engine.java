package dev.expolu.run;

import java.util.Locale;

/** The experiment file's {@code training.engine}: which trainer runs a run. */
public enum Engine {
    /** The fused Java loop on the CPU: the default. */
    FUSED,
    /** DL4J's MultiLayerNetwork on the build's ND4J backend: the definition the others are proven equal to. */
    DL4J,
    /** expolu's own kernels on an NVIDIA GPU (CUDA 12 or 13, compiled at run time for the device found). */
    CUDA,
    /** {@link #CUDA} where a usable GPU is found, else {@link #FUSED}. */
    AUTO;

    /** The name an experiment file uses. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The engine of that name.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Engine fromId(String id) {
        for (Engine engine : values()) {
            if (engine.id().equals(id.trim())) {
                return engine;
            }
        }
        throw new IllegalArgumentException("engine is '" + id + "', but expected one of fused, dl4j, cuda, auto");
    }
}
