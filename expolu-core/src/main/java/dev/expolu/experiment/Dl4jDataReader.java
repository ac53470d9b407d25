package dev.expolu.experiment;

import dev.expolu.dl4j.DataIterators;
import dev.expolu.dl4j.Dl4jFiles;
import dev.expolu.dl4j.LabelledTable;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.run.Dl4jData;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code data} of a {@code model.kind: dl4j} variant: a CSV table inside the experiment's folder
 * ({@code csv}, {@code label}, {@code validation} a share, {@code standardize}), read and checked; or
 * {@code iterator} and {@code validation}, static methods on the project's test class path making the
 * training and held-out {@code DataSetIterator}s from the seed, checked and not called.
 */
final class Dl4jDataReader {

    private static final Set<String> DATA = Set.of("csv", "label", "validation", "standardize", "iterator");

    /**
     * The data, and the table's features and classes to check the network against (0 for iterators).
     *
     * @param file the table's or the iterator's line and key, where a mismatch of the network is said
     */
    record Read(Dl4jData data, int features, int classes, Located file) {
    }

    /** A file or method the experiment names: what it is called, where, its hash. */
    record Located(String name, Path path, String sha256, int line, String key) {
    }

    private final Binder binder;
    private final ProjectClasses classes;

    Dl4jDataReader(Binder binder, ProjectClasses classes) {
        this.binder = binder;
        this.classes = classes;
    }

    /** The data, or empty where a problem was recorded. */
    Optional<Read> read(Mapping d) {
        binder.allowOnly(d, "data", DATA);
        return binder.value(d, "iterator").isPresent() ? iterators(d) : table(d);
    }

    private Optional<Read> iterators(Mapping d) {
        for (String key : new String[] {"csv", "label", "standardize"}) {
            binder.value(d, key).ifPresent(n -> binder.problem(n.line(), "data." + key, "is set, but data.iterator"
                    + " makes the data; expected one of data.csv and data.iterator"));
        }
        Optional<String> train = method(d, "iterator", "data.iterator");
        Optional<String> validation = method(d, "validation", "data.validation");
        if (train.isEmpty() || validation.isEmpty() || binder.value(d, "csv").isPresent()
                || binder.value(d, "label").isPresent() || binder.value(d, "standardize").isPresent()) {
            return Optional.empty();
        }
        int line = binder.value(d, "iterator").get().line();
        return Optional.of(new Read(new Dl4jData.Iterators(train.get(), validation.get(), classes.hash()), 0, 0,
                new Located(train.get(), null, null, line, "data.iterator")));
    }

    /** {@code Class#method(long seed)} returning a {@code DataSetIterator}, checked; its problem at its line. */
    private Optional<String> method(Mapping d, String key, String path) {
        Optional<YamlNode> node = binder.value(d, key);
        if (node.isEmpty()) {
            binder.problem(d.line(), path, "is missing; expected Class#method(long seed) making the held-out"
                    + " DataSetIterator, beside data.iterator");
            return Optional.empty();
        }
        Optional<String> reference = binder.string(node.get(), path);
        try {
            reference.ifPresent(r -> DataIterators.method(classes, r));
            return reference;
        } catch (IllegalArgumentException e) {
            binder.problem(node.get().line(), path, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Read> table(Mapping d) {
        Optional<Located> csv = Dl4jReader.file(binder, d, "csv", "data.csv");
        String label = binder.value(d, "label").flatMap(n -> binder.string(n, "data.label")).orElse("label");
        double validation = binder.value(d, "validation").flatMap(n -> binder.number(n, "data.validation"))
                .orElse(0.3);
        boolean standardize = binder.value(d, "standardize").flatMap(n -> binder.bool(n, "data.standardize"))
                .orElse(false);
        if (validation <= 0 || validation >= 1) {
            binder.problem(binder.value(d, "validation").map(YamlNode::line).orElse(d.line()), "data.validation",
                    "is " + validation + ", but expected a share between 0 and 1");
            return Optional.empty();
        }
        return csv.flatMap(c -> read(c, label).map(t -> new Read(new Dl4jData.Table(c.name(), c.sha256(), label,
                validation, standardize), t.features().size(), t.classes(), c)));
    }

    private Optional<LabelledTable> read(Located file, String label) {
        try {
            return Optional.of(LabelledTable.read(file.path(), label));
        } catch (IOException | IllegalArgumentException e) {
            binder.problem(file.line(), file.key(), "is " + file.name() + ", which " + e.getMessage());
            return Optional.empty();
        }
    }

    /** SHA-256 of a file's bytes, or the problem of its line. */
    static Optional<String> sha256(Binder binder, Path file, String name, int line, String key) {
        try {
            return Optional.of(Dl4jFiles.sha256(file));
        } catch (IOException e) {
            binder.problem(line, key, "is " + name + ", which cannot be read (" + e + ")");
            return Optional.empty();
        }
    }
}
