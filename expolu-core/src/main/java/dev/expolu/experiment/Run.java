package dev.expolu.experiment;

import java.nio.file.Path;

/**
 * One training run: an experiment's variant with one seed.
 *
 * @param file             the experiment file it comes from
 * @param experimentSha256 the hash of that file's bytes
 */
public record Run(String experiment, String variant, long seed, Setup setup, Path file, String experimentSha256) {

    /** "experiment/variant/seed-N", as its record's path. */
    public String id() {
        return experiment + "/" + variant + "/seed-" + seed;
    }
}
