package dev.expolu.cache;

import dev.expolu.record.AtomicFiles;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.RunSpec;
import dev.expolu.run.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finished runs by content: the key hashes a run's canonical description ({@link RunSpec#canonical()},
 * the init tensors by their hash) and its arithmetic (engine, dtype, training code, device), never the
 * experiment's or the variant's name. A changed setting is a new key; an entry that cannot be read
 * back whole is a miss, never an error.
 */
public final class RunCache {

    private final Path directory;

    public RunCache(Path directory) {
        this.directory = directory;
    }

    /** The default place: {@code ~/.expolu/cache}. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".expolu", "cache");
    }

    public Path directory() {
        return directory;
    }

    /** The key of a run: 64 hex digits. */
    public static String key(RunSpec spec, Arithmetic arithmetic) {
        return Sha256.hex(spec.canonical() + "arithmetic=" + arithmetic.key() + "\n");
    }

    /**
     * The record cached under {@code key}, as the run that made it was named; empty on a miss or an
     * entry that does not read back whole ({@code rounds} losses whose fingerprint is the record's).
     */
    public Optional<RunRecord> get(String key, int rounds) {
        Path file = pathOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunRecord cached = RunRecords.read(file);
            if (cached.losses().length != rounds || !cached.curve().fingerprint().equals(cached.fingerprint())) {
                return Optional.empty();
            }
            return Optional.of(cached);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // truncated or garbage: retrain, and overwrite it
        }
    }

    /** Stores a finished run under its key. */
    public void put(String key, RunRecord record) throws IOException {
        AtomicFiles.write(pathOf(key), temporary -> RunRecords.writeTo(temporary, record));
    }

    Path pathOf(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json");
    }
}
