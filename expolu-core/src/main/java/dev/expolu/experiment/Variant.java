package dev.expolu.experiment;

import dev.expolu.judge.Expectation;
import java.util.List;
import java.util.Map;

/**
 * One set of runs of an experiment: a setup, its seeds, what they must show. A file without
 * {@code variants} has one, named {@value #DEFAULT}.
 *
 * @param lines where the variant's settings stand in the file, by dotted key, for problems found
 *              after loading (such as an engine this machine cannot run)
 */
public record Variant(String name, Setup setup, List<Long> seeds, List<Expectation> expectations,
        Map<String, Integer> lines) {

    public static final String DEFAULT = "default";

    public Variant {
        seeds = List.copyOf(seeds);
        expectations = List.copyOf(expectations);
        lines = Map.copyOf(lines);
    }

    /** The line of {@code key}, or 1 where the file does not name it. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
