package dev.expolu.assertj;

import dev.expolu.experiment.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An experiment that cannot be trained, nothing trained: every problem the loader found, each with
 * its file, line and key, as the plugin says them. For an experiment built in code, the message ends
 * with the YAML the builder wrote, numbered, so the lines can be read.
 */
public class InvalidExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    InvalidExperimentException(List<Problem> problems, String yaml) {
        super(message(problems, yaml));
        this.problems = List.copyOf(problems);
    }

    /** What the loader found, in its order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems, String yaml) {
        String nl = System.lineSeparator();
        String message = "Invalid experiment, nothing trained:" + nl
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(nl));
        if (yaml.isEmpty()) {
            return message;
        }
        StringBuilder listing = new StringBuilder(message).append(nl).append("The experiment as the builder wrote it:");
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            listing.append(nl).append(String.format("%4d  ", i + 1)).append(lines.get(i));
        }
        return listing.toString();
    }
}
