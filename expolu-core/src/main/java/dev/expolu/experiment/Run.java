package dev.expolu.experiment;

import dev.expolu.run.Engine;
import dev.expolu.run.RunSpec;
import java.nio.file.Path;

/**
 * One training run: an experiment's variant with one seed.
 *
 * @param file             the experiment file it comes from
 * @param experimentSha256 the hash of that file's bytes
 * @param engineLine       the line of its {@code training.engine} in that file; 0 where the engine
 *                         was set for every run ({@code expolu.engine})
 */
public record Run(String experiment, String variant, long seed, Setup setup, Path file, String experimentSha256,
        int engineLine) {

    /** "experiment/variant/seed-N", as its record's path. */
    public String id() {
        return experiment + "/" + variant + "/seed-" + seed;
    }

    /** The same run on another engine, as {@code expolu.engine} asks for every run. */
    public Run withEngine(Engine engine) {
        return new Run(experiment, variant, seed, setup.withEngine(engine), file, experimentSha256, 0);
    }

    /** Its canonical description. */
    public RunSpec spec() {
        return setup.spec(seed);
    }
}
