package dev.expolu.experiment;

import dev.expolu.run.Dl4jData;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.Engine;
import java.nio.file.Path;

/**
 * A variant's settings for a DL4J network configuration trained by DL4J's {@code fit}
 * ({@code model.kind: dl4j}), resolved; the fields are those of {@link Dl4jSpec} but the seed.
 */
public record Dl4jSetup(String configuration, String configurationSha256, boolean fromFactory,
        java.util.Map<String, String> parameters, Dl4jData data, Path folder, int batchSize, int rounds, int every)
        implements Setup {

    /** The curves every run of this kind reports. */
    public static final java.util.List<String> METRICS = java.util.List.of("loss", "valLoss", "accuracy");

    @Override
    public Dl4jSpec spec(long seed) {
        return new Dl4jSpec(configuration, configurationSha256, fromFactory, parameters, data, folder, batchSize, rounds,
                every, seed);
    }

    /** DL4J's fit has no engine to choose: {@code expolu.engine} leaves it as it is. */
    @Override
    public Dl4jSetup withEngine(Engine engine) {
        return this;
    }

    /** Its {@link #METRICS}: accuracy is better higher, the losses lower. */
    @Override
    public java.util.Map<String, Boolean> curves() {
        java.util.Map<String, Boolean> curves = new java.util.LinkedHashMap<>();
        METRICS.forEach(m -> curves.put(m, m.equals("accuracy")));
        return curves;
    }
}
