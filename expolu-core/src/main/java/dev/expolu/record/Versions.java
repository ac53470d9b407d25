package dev.expolu.record;

import dev.expolu.experiment.Setup;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/** Provenance of runs in this JVM. */
public final class Versions {

    private static final Properties BUILD = load();

    private Versions() {
    }

    public static String expolu() {
        return BUILD.getProperty("version", "unknown");
    }

    public static String dl4j() {
        return BUILD.getProperty("dl4j", "unknown");
    }

    /**
     * A hash of expolu-core's own code (its jar, or its class files): part of a cache key, so that
     * a rebuilt snapshot never reuses a result of other code.
     */
    public static String build() {
        return BuildHash.VALUE;
    }

    /** The provenance of a run of {@code setup} here. */
    public static Provenance of(Setup setup) {
        boolean fused = setup.engine() == Setup.Engine.FUSED;
        String engine = setup.engine().name().toLowerCase(Locale.ROOT);
        String backend = fused ? "cpu" : nd4jBackend();
        int threads = fused ? 1 : ompThreads();
        return new Provenance(expolu(), dl4j(), engine, backend, setup.precision().id(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("os.arch"), threads);
    }

    /** ND4J's backend: loading it is slow, so only the dl4j engine asks. */
    private static String nd4jBackend() {
        dev.expolu.network.Nd4jLogging.quiet();
        return Nd4j.getBackend().getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("cuda") ? "cuda" : "cpu";
    }

    /** ND4J's native threads, which only {@code OMP_NUM_THREADS} sets. */
    private static int ompThreads() {
        String omp = System.getenv("OMP_NUM_THREADS");
        try {
            return omp == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(omp.trim());
        } catch (NumberFormatException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/dev/expolu/expolu.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions stay "unknown"
        }
        return p;
    }
}
