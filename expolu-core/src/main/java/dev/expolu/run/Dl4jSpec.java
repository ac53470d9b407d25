package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A run of a DL4J network configuration ({@code model.kind: dl4j}) trained by DL4J's own {@code fit}
 * on a CSV table: the configuration and the table by their hashes (a changed file is a new key),
 * where they are, how the table is read and split, the epochs and the batch size, and the seed.
 *
 * @param configuration       the {@code MultiLayerConfiguration} file, as the experiment names it; or,
 *                            {@code fromFactory}, the static method that makes it, {@code Class#method}
 * @param configurationSha256 the hash of the file's bytes, or of the JSON the factory's configuration
 *                            writes
 * @param fromFactory         whether a factory on the project's test class path makes it
 * @param parameters          the factory's {@code model.parameters}; empty for a file
 * @param csv                 the table, as the experiment names it
 * @param csvSha256           the hash of its bytes
 * @param folder              the experiment's folder, which both are inside
 * @param label               the label column: whole numbers 0 to classes - 1
 * @param validation          the share of rows held out, drawn from the seed
 * @param standardize         features scaled by the training rows' mean and deviation
 * @param batchSize           rows a step of {@code fit}
 * @param rounds              the epochs; one record of each metric an epoch
 * @param seed                the configuration's seed, the split's and each epoch's shuffle
 */
public record Dl4jSpec(String configuration, String configurationSha256, boolean fromFactory,
        Map<String, String> parameters, String csv, String csvSha256,
        java.nio.file.Path folder, String label, double validation, boolean standardize, int batchSize, int rounds,
        long seed) implements RunSpec {

    /** {@code model.kind} of a DL4J configuration. */
    public static final String KIND = "dl4j";

    /** Bumped whenever {@link #canonical()} changes its form. */
    static final String FORM = "expolu-dl4j-v1";

    public Dl4jSpec {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(csv, "csv");
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
        m.put("csv", file(csv, csvSha256));
        m.put("label", label);
        m.put("validation", validation);
        m.put("standardize", standardize);
        m.put("batchSize", batchSize);
        m.put("rounds", rounds);
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
        m.put("data.csv", csv + " sha256 " + csvSha256.substring(0, 12));
        m.put("data.label", label);
        m.put("data.validation", String.valueOf(validation));
        m.put("data.standardize", String.valueOf(standardize));
        m.put("training.batchSize", String.valueOf(batchSize));
        m.put("training.rounds", String.valueOf(rounds));
        return Collections.unmodifiableMap(m);
    }

    /** The files by their hashes, never their paths; then the other settings and the seed. */
    @Override
    public String canonical() {
        return FORM + "\nconfiguration=" + configurationSha256 + "\ncsv=" + csvSha256 + "\nlabel=" + label.length() + ":"
                + label + "\nvalidation=" + validation + "\nstandardize=" + standardize + "\nbatchSize=" + batchSize
                + "\nrounds=" + rounds + "\nseed=" + seed + "\n";
    }
}
