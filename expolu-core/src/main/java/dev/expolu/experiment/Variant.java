package dev.expolu.experiment;

import dev.expolu.judge.Expectation;
import java.util.List;

/**
 * One set of runs of an experiment: a setup, its seeds, what they must show. A file without
 * {@code variants} has one, named {@value #DEFAULT}.
 */
public record Variant(String name, Setup setup, List<Long> seeds, List<Expectation> expectations) {

    public static final String DEFAULT = "default";

    public Variant {
        seeds = List.copyOf(seeds);
        expectations = List.copyOf(expectations);
    }
}
