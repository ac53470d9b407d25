package dev.expolu.experiment;

import dev.expolu.run.Cell;
import dev.expolu.run.Engine;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.RunSpec;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One training run: an experiment's variant with one seed, in one cell of its sweep where it has one.
 *
 * @param file             the experiment file it comes from
 * @param experimentSha256 the hash of that file's bytes
 * @param engineLine       the line of its {@code training.engine} in that file; 0 where the engine
 *                         was set for every run ({@code expolu.engine})
 * @param cell             the sweep's cell; empty in an experiment without a sweep
 */
public record Run(String experiment, String variant, long seed, Setup setup, Path file, String experimentSha256,
        int engineLine, Optional<Cell> cell) {

    /** A run of an experiment without a sweep. */
    public Run(String experiment, String variant, long seed, Setup setup, Path file, String experimentSha256,
            int engineLine) {
        this(experiment, variant, seed, setup, file, experimentSha256, engineLine, Optional.empty());
    }

    /** "experiment/variant/seed-N", or "experiment/cell/variant/seed-N" in a sweep, as its record's path. */
    public String id() {
        return experiment + "/" + cell.map(c -> c.name() + "/").orElse("") + variant + "/seed-" + seed;
    }

    /** The same run on another engine, as {@code expolu.engine} asks for every run. */
    public Run withEngine(Engine engine) {
        return new Run(experiment, variant, seed, setup.withEngine(engine), file, experimentSha256, 0, cell);
    }

    /** Its canonical description as a run of the seed's network. @throws IllegalArgumentException for another kind */
    public NetworkSpec networkSpec() {
        return NetworkSpec.of(spec());
    }

    /** Its canonical description. */
    public RunSpec spec() {
        return setup.spec(seed);
    }
}
