package dev.expolu.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes and reads run records under a directory, {@code <experiment>/<variant>/seed-<seed>.json}.
 * A record is written to a temporary file beside its place and moved there atomically: a reader or
 * an interrupted build never sees half a record.
 */
public final class RunRecords {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public RunRecords(Path directory) {
        this.directory = directory;
    }

    public Path pathOf(String experiment, String variant, long seed) {
        return directory.resolve(experiment).resolve(variant).resolve("seed-" + seed + ".json");
    }

    public Path write(RunRecord record) throws IOException {
        Path target = pathOf(record.experiment(), record.variant(), record.seed());
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), record);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /** Removes what a killed build may have left mid-write: temporary files never moved into place. */
    public void deleteTemporaries() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // stale temporaries are harmless: they are never read as records
        }
    }

    public static RunRecord read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunRecord.class);
    }
}
