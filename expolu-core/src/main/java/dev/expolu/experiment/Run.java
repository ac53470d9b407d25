package dev.expolu.experiment;

/** One training run: an experiment's variant with one seed. */
public record Run(String experiment, String variant, long seed, Setup setup, String experimentSha256) {

    /** "experiment/variant/seed-N", as its record's path. */
    public String id() {
        return experiment + "/" + variant + "/seed-" + seed;
    }
}
