package dev.expolu.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.expolu.run.Cell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads run records under a directory, {@code <experiment>/<variant>/seed-<seed>.json}, and
 * {@code <experiment>/<cell>/<variant>/seed-<seed>.json} for the runs of a sweep.
 * A record is written to a temporary file beside its place and moved there atomically: a reader or
 * an interrupted build never sees half a record.
 */
public final class RunRecords {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;

    public RunRecords(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Path pathOf(String experiment, String variant, long seed) {
        return directory.resolve(experiment).resolve(variant).resolve("seed-" + seed + ".json");
    }

    /** The record's place for a run of {@code cell}, or of no sweep where empty. */
    public Path pathOf(String experiment, Optional<Cell> cell, String variant, long seed) {
        return cell.isEmpty() ? pathOf(experiment, variant, seed)
                : directory.resolve(experiment).resolve(cell.get().name()).resolve(variant)
                        .resolve("seed-" + seed + ".json");
    }

    /**
     * Writes the record into its place.
     *
     * @throws IOException naming the file that could not be written
     */
    public Path write(RunRecord record) throws IOException {
        return AtomicFiles.write(pathOf(record.experiment(), Optional.ofNullable(record.cell()), record.variant(),
                record.seed()),
                temporary -> writeTo(temporary, record));
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

    /**
     * Whether {@code record} was trained with {@code setup} (a run's {@code RunSpec.setup()}), as its
     * JSON holds it: a record read back has JSON's numbers, so the two are compared as JSON.
     */
    public static boolean trainedWith(RunRecord record, Map<String, Object> setup) {
        try {
            return JSON.writeValueAsString(record.setup()).equals(JSON.writeValueAsString(setup));
        } catch (IOException e) {
            return false;
        }
    }

    /** The record as JSON into {@code file}, as is (callers write atomically). */
    public static void writeTo(Path file, RunRecord record) throws IOException {
        JSON.writeValue(file.toFile(), record);
    }
}
