package dev.expolu.experiment;

import java.nio.file.Path;

/**
 * One thing wrong with an experiment file.
 *
 * @param file    the file
 * @param line    the line, from 1; 0 for a problem of no line (a folder, a property)
 * @param key     the dotted key, such as {@code model.layers}; empty for the whole file
 * @param message what was found and what was expected
 */
public record Problem(Path file, int line, String key, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + " ") + message;
    }
}
