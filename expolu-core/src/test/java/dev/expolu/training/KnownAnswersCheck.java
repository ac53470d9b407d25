package dev.expolu.training;

import dev.expolu.run.Arithmetic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds an engine's answers now to those pinned for its declared arithmetic version. Nobody moves
 * curves silently: answers that moved under the same version fail, and so does a raised version
 * without answers pinned for it, or with the previous version's answers. Pinning
 * ({@code -Dexpolu.knownAnswers=update}) writes only a version that has none yet.
 *
 * @param folder   where the pinned answers are
 * @param constant the version's constant, as the messages name it: {@code FusedEngine.ARITHMETIC}
 */
record KnownAnswersCheck(Path folder, String constant) {

    static final String UPDATE = "-Dexpolu.knownAnswers=update";

    /** Why the answers do not hold, empty where they do (or were pinned now, with {@code update}). */
    Optional<String> check(Arithmetic arithmetic, Map<String, String> now, boolean update) throws IOException {
        String engine = arithmetic.engine();
        int version = arithmetic.version();
        Path file = folder.resolve(engine + "-arithmetic-" + version + ".txt");
        Path previous = folder.resolve(engine + "-arithmetic-" + (version - 1) + ".txt");
        if (!Files.exists(file)) {
            if (Files.exists(previous) && KnownAnswers.read(previous).equals(now)) {
                return Optional.of(constant + " was raised to " + version + ", but every known answer is the one"
                        + " pinned for " + (version - 1) + " (" + previous + "): nothing moved, so lower it again");
            }
            if (update) {
                Files.createDirectories(folder);
                KnownAnswers.write(file, arithmetic, now);
                return Optional.empty();
            }
            return Optional.of(engine + " arithmetic " + version + " has no known answers (" + file + "): a raised "
                    + constant + " is pinned with " + UPDATE + ", with a line in CHANGELOG.md saying what moved");
        }
        Map<String, String> pinned = KnownAnswers.read(file);
        List<String> moved = now.keySet().stream().filter(c -> !now.get(c).equals(pinned.get(c))).toList();
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        String first = moved.get(0);
        return Optional.of("the arithmetic of " + engine + " moved without raising " + constant + " (still " + version
                + "): " + moved.size() + " of " + now.size() + " known answers differ (first: " + first + ": pinned "
                + pinned.get(first) + ", now " + now.get(first) + "). If the change is meant to move the bits, raise "
                + constant + ", add a line to CHANGELOG.md and pin with " + UPDATE + "; if not, it is a regression"
                + (update ? " (" + UPDATE + " never rewrites the answers of a version)" : ""));
    }
}
