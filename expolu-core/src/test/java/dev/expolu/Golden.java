package dev.expolu;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed script's golden cases, kept in this repository at {@code expolu-core/src/test/golden}
 * (copied from the project's {@code shared/golden}; its README says how they were made).
 */
public final class Golden {

    private Golden() {
    }

    /** The folder of the golden cases; the tests run in the module's directory. */
    public static Path root() {
        Path root = Path.of("src", "test", "golden").toAbsolutePath();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no golden cases at " + root + "; the tests run in expolu-core/");
        }
        return root;
    }
}
