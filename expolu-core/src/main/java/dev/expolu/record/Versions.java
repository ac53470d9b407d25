package dev.expolu.record;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** expolu's and Deeplearning4j's versions, as built. */
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
