package dev.expolu.spark;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.ExecutorSettings;
import dev.expolu.fork.ForkConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code expolu.spark.*}: the master, the rest of Spark's configuration, and how long the build
 * waits for the cluster to give it an executor.
 *
 * @param master  {@code local[N]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}
 * @param conf    Spark properties, {@code spark.executor.memory=2g} and the like, in the order given
 * @param timeout how long the build waits for an executor, at the start and whenever all are lost
 */
record SparkSettings(String master, Map<String, String> conf, Duration timeout) {

    /** The option names, as {@code expolu.spark.<name>}. */
    static final String MASTER = "master";
    static final String CONF = "conf";
    static final String TIMEOUT = "timeoutSeconds";

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    SparkSettings {
        conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
    }

    /**
     * The settings of {@code executor}'s options.
     *
     * @throws ExecutorException naming the option that is wrong and what was expected
     */
    static SparkSettings of(ExecutorSettings executor) {
        Map<String, String> options = executor.options();
        String master = options.getOrDefault(MASTER, "");
        if (master == null || master.isBlank()) {
            throw new ExecutorException("expolu.spark.master is not set, but expected a Spark master URL such as"
                    + " local[2], spark://host:7077, yarn or k8s://https://host:443");
        }
        return new SparkSettings(master.trim(), conf(options.get(CONF)), timeout(options.get(TIMEOUT)));
    }

    /** {@code "a=1 'b=x y'"}: pairs split at spaces outside quotes, each at its first '='. */
    static Map<String, String> conf(String text) {
        Map<String, String> conf = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return conf;
        }
        try {
            for (String pair : ForkConfig.splitArgLine(text)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ExecutorException("expolu.spark.conf has '" + pair + "', but expected key=value pairs"
                            + " separated by spaces, such as spark.executor.memory=2g");
                }
                conf.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        } catch (IllegalArgumentException e) {
            throw new ExecutorException(e.getMessage().replace("expolu.argLine", "expolu.spark.conf"), e);
        }
        return conf;
    }

    private static Duration timeout(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds >= 1) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ExecutorException("expolu.spark.timeoutSeconds is '" + text + "', but expected a whole number of"
                + " seconds, at least 1");
    }
}
