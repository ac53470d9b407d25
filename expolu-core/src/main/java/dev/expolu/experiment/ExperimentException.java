package dev.expolu.experiment;

import java.util.List;
import java.util.stream.Collectors;

/** An experiment file that cannot be trained, with every problem found in it. */
public class ExperimentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ExperimentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
