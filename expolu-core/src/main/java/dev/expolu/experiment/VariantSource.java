package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.trainer.ProjectClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link ModelKind} reads one variant from: its settings, with the lines they stand on, the
 * project's classes, and where to record a problem. Problems name the file and line; every problem
 * of a file is reported together, before anything trains.
 */
public final class VariantSource {

    private final String variant;
    private final Mapping settings;
    private final SetupReader reader;
    private List<Long> seeds;

    VariantSource(String variant, Mapping settings, SetupReader reader) {
        this.variant = variant;
        this.settings = settings;
        this.reader = reader;
    }

    /** The variant's name: {@value Variant#DEFAULT} in a file without variants. */
    public String variant() {
        return variant;
    }

    /** The variant's settings: {@code data}, {@code model}, {@code training} and the rest, with their lines. */
    public Mapping settings() {
        return settings;
    }

    /** The section {@code key} of the settings where it is a mapping. */
    public Optional<Mapping> section(String key) {
        return binder().value(settings, key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    /** The experiment file; relative paths in it resolve against its folder. */
    public Path file() {
        return binder().file();
    }

    /** The project's compiled classes and dependencies: where a kind finds the project's code. */
    public ProjectClasses classes() {
        return reader.classes();
    }

    /** The variant's seeds, as {@code seeds} states them ({@code [1]} where it does not). */
    public List<Long> seeds() {
        if (seeds == null) {
            seeds = reader.expectationReader().seeds(settings);
        }
        return seeds;
    }

    /** Records a problem of the file: {@code FILE:LINE: KEY MESSAGE}, such as "model.width is 0, but expected ...". */
    public void problem(int line, String key, String message) {
        binder().problem(line, key, message);
    }

    Binder binder() {
        return reader.binder();
    }

    SetupReader reader() {
        return reader;
    }
}
