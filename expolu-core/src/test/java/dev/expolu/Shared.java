package dev.expolu;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's {@code ../shared} folder: the seed, the golden cases, the reference tools. */
public final class Shared {

    private Shared() {
    }

    public static Path root() {
        String configured = System.getProperty("expolu.shared");
        Path root = Path.of(configured != null ? configured : "../../shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("golden"))) {
            throw new IllegalStateException("no golden cases at " + root.resolve("golden")
                    + ": the tests need the project's shared/ folder beside the checkout (-Dexpolu.shared=DIR)");
        }
        return root;
    }

    public static Path golden() {
        return root().resolve("golden");
    }
}
