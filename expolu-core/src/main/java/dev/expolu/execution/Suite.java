package dev.expolu.execution;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Problem;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the experiment files of a directory and loads those included, all before any training. */
public final class Suite {

    private Suite() {
    }

    /**
     * Every included experiment under {@code directory}, sorted by path.
     *
     * @throws ExperimentException with the problems of every broken included file, or where an
     *                             include matches nothing
     */
    public static List<Experiment> load(Path directory, List<String> includes) throws ExperimentException {
        return load(directory, includes, ProjectClasses.ofThisJvm());
    }

    /** As {@link #load(Path, List)}, a {@code model.kind: trainer} class looked for among {@code classes}. */
    public static List<Experiment> load(Path directory, List<String> includes, ProjectClasses classes)
            throws ExperimentException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ExperimentException(List.of(new Problem(directory, 0, "", "cannot be listed: " + e)));
        }
        List<Pattern> patterns = includes.stream().map(Suite::glob).toList();
        List<Experiment> experiments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            try {
                Experiment experiment = ExperimentLoader.load(file, classes);
                found.add(experiment.name().equals(baseName(file)) ? file.getFileName().toString()
                        : experiment.name() + " (" + file.getFileName() + ")");
                if (included(patterns, experiment.name(), file)) {
                    experiments.add(experiment);
                }
            } catch (ExperimentException e) {
                found.add(file.getFileName().toString());
                if (included(patterns, baseName(file), file)) {
                    problems.addAll(e.problems());
                }
            }
        }
        java.util.Map<String, Path> names = new java.util.HashMap<>();
        for (Experiment e : experiments) {
            Path other = names.putIfAbsent(e.name(), e.file());
            if (other != null) {
                problems.add(new Problem(e.file(), 1, "name", "is '" + e.name() + "', but " + other
                        + " declares that experiment too; expected one file per name"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (experiments.stream().noneMatch(e -> included(List.of(p), e.name(), e.file()))) {
                throw new ExperimentException(List.of(new Problem(directory, 0, "expolu.include",
                        "'" + includes.get(i) + "' matches no experiment; expected an experiment's name or its file's"
                                + " name, found " + (found.isEmpty() ? "none" : String.join(", ", found)))));
            }
        }
        return experiments;
    }

    /** Whether the experiment's name, its file's name or that name without extension matches. */
    private static boolean included(List<Pattern> patterns, String name, Path file) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher(name).matches()
                || p.matcher(baseName(file)).matches() || p.matcher(file.getFileName().toString()).matches());
    }

    /** A glob of * and ? as a pattern, like -Dtest. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.trim().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
