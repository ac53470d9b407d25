package dev.expolu.dl4j;

import dev.expolu.run.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a dl4j run names, by their hashes: what was checked at load is what trains. */
public final class Dl4jFiles {

    private Dl4jFiles() {
    }

    /** SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return Sha256.hex(Files.readAllBytes(file));
    }

    /**
     * {@code name} in {@code folder}, whose bytes still hash to {@code sha256}.
     *
     * @throws IllegalStateException where it changed since the experiment was loaded
     */
    static Path checked(Path folder, String name, String sha256) throws IOException {
        Path file = folder.resolve(name);
        String now = sha256(file);
        if (!now.equals(sha256)) {
            throw new IllegalStateException(file + " changed since the experiment was loaded (SHA-256 "
                    + sha256.substring(0, 12) + "... then, " + now.substring(0, 12) + "... now); build again");
        }
        return file;
    }
}
