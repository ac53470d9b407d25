package dev.expolu.spark;

import dev.expolu.execution.Defaults;
import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.ExecutorSettings;
import dev.expolu.fork.ForkConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code expolu.spark.*}: the master, the rest of Spark's configuration, how long the build waits
 * for the cluster to give it an executor, and how many cuda runs one GPU task trains at most.
 *
 * @param master  {@code local[N]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}
 * @param conf    Spark properties, {@code spark.executor.memory=2g} and the like, in the order given
 * @param timeout  how long the build waits for an executor, at the start and whenever all are lost;
 *                 and for a GPU task to be taken, where none of the build's tasks runs
 * @param gpuBatch the most runs of one shape one GPU task trains together
 */
record SparkSettings(String master, Map<String, String> conf, Duration timeout, int gpuBatch) {

    /** The option names, as {@code expolu.spark.<name>}. */
    static final String MASTER = "master";
    static final String CONF = "conf";
    static final String TIMEOUT = "timeoutSeconds";
    static final String GPU_BATCH = "gpuBatch";

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
        return new SparkSettings(master.trim(), conf(options.get(CONF)), timeout(options.get(TIMEOUT)),
                gpuBatch(options.get(GPU_BATCH)));
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
            return Defaults.sparkTimeout();
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

    private static int gpuBatch(String text) {
        if (text == null || text.isBlank()) {
            return Defaults.sparkGpuBatch();
        }
        try {
            int runs = Integer.parseInt(text.trim());
            if (runs >= 1) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ExecutorException("expolu.spark.gpuBatch is '" + text + "', but expected a whole number of runs,"
                + " at least 1");
    }
}
