package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A run of a DL4J network configuration ({@code model.kind: dl4j}) trained by DL4J's own {@code fit}:
 * the configuration by its hash (a changed file is a new key), its data, the epochs and the batch
 * size, how often its curves are recorded, and the seed.
 *
 * @param configuration       the {@code MultiLayerConfiguration} or {@code ComputationGraphConfiguration}
 *                            file, as the experiment names it; or, {@code fromFactory}, the static method
 *                            that makes it, {@code Class#method}
 * @param configurationSha256 the hash of the file's bytes, or of the JSON the factory's configuration
 *                            writes
 * @param fromFactory         whether a factory on the project's test class path makes it
 * @param parameters          the factory's {@code model.parameters}; empty for a file
 * @param data                a CSV table, or the iterators a project's code makes
 * @param folder              the experiment's folder, which its files are inside
 * @param batchSize           rows a step of {@code fit} from a table; 0 for iterators, whose batches are their own
 * @param rounds              the records of each metric: epochs, or {@code every} iterations each
 * @param every               the iterations (batches) a round, training across epochs; 0 for an epoch a round
 * @param seed                the configuration's seed, the split's and each epoch's shuffle
 */
public record Dl4jSpec(String configuration, String configurationSha256, boolean fromFactory,
        Map<String, String> parameters, Dl4jData data, java.nio.file.Path folder, int batchSize, int rounds, int every,
        long seed) implements RunSpec {

    /** {@code model.kind} of a DL4J configuration. */
    public static final String KIND = "dl4j";

    /**
     * Bumped whenever {@link #canonical()} changes its form. A run of a table recorded every epoch has the
     * form it had; iterators and {@code every} add lines no such run has.
     */
    static final String FORM = "expolu-dl4j-v1";

    public Dl4jSpec {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(data, "data");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> setup() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        if (fromFactory) {
            Map<String, Object> factory = new LinkedHashMap<>();
            factory.put("factory", configuration);
            factory.put("parameters", parameters);
            factory.put("sha256", configurationSha256);
            m.put("configuration", Collections.unmodifiableMap(factory));
        } else {
            m.put("configuration", file(configuration, configurationSha256));
        }
        m.putAll(data.setup());
        if (batchSize > 0) {
            m.put("batchSize", batchSize);
        }
        m.put("rounds", rounds);
        if (every > 0) {
            m.put("every", Map.of("iterations", every));
        }
        return Collections.unmodifiableMap(m);
    }

    /** {file, sha256} in this order: a record's setup is compared as written, and Map.of's order is a JVM's own. */
    private static Map<String, String> file(String name, String sha256) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("file", name);
        m.put("sha256", sha256);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model.kind", KIND);
        m.put(fromFactory ? "model.factory" : "model.configuration", configuration + " sha256 "
                + configurationSha256.substring(0, 12));
        parameters.forEach((name, value) -> m.put("model.parameters." + name, value));
        m.putAll(data.settings());
        if (batchSize > 0) {
            m.put("training.batchSize", String.valueOf(batchSize));
        }
        m.put("training.rounds", String.valueOf(rounds));
        if (every > 0) {
            m.put("training.every.iterations", String.valueOf(every));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The configuration and the files by their hashes, never their paths; then the other settings and the seed. */
    @Override
    public String canonical() {
        return FORM + "\nconfiguration=" + configurationSha256 + "\n" + data.canonical() + "batchSize=" + batchSize
                + "\nrounds=" + rounds + "\n" + (every > 0 ? "every=" + every + "\n" : "") + "seed=" + seed + "\n";
    }
}
