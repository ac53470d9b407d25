package dev.expolu.network;

/**
 * Keeps ND4J's and DL4J's start-up banner (backend, BLAS vendor, build information) out of the
 * build's log. SLF4J's simple logger, which Maven uses, reads a logger's level from system properties
 * when the logger is made, so this must run before ND4J first loads; a level the user set is kept.
 */
public final class Nd4jLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    private Nd4jLogging() {
    }

    public static void quiet() {
        for (String name : new String[] {"org.nd4j", "org.deeplearning4j", "org.bytedeco"}) {
            if (System.getProperty(PREFIX + name) == null) {
                System.setProperty(PREFIX + name, "warn");
            }
        }
    }
}
