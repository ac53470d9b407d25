package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.experiment.YamlNode.Sequence;
import dev.expolu.reference.CurveFileException;
import dev.expolu.reference.CurveFiles;
import dev.expolu.reference.ReferenceRun;
import dev.expolu.reference.ReferenceRuns;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a variant's {@code reference}: loss curves produced elsewhere, from files beside the
 * experiment, {@code {json: FILES, label: TEXT}} or {@code {csv: FILES, curves: columns | rows, label:
 * TEXT}}. FILES is a path, a pattern with {@code *} and {@code ?} in its file name, or a list of them,
 * relative to the experiment file; each must stay inside the experiment file's folder. Every curve must
 * have the variant's {@code training.rounds} losses, and a JSON file that says the size it was made at
 * ({@code n}, {@code layers}) must say the variant's.
 */
final class ReferenceReader {

    private static final Set<String> KEYS = Set.of("json", "csv", "curves", "label");
    private static final String GLOB = "*?[{";

    private final Binder binder;
    private final Path root;

    ReferenceReader(Binder binder) {
        this.binder = binder;
        this.root = binder.file().toAbsolutePath().normalize().getParent();
    }

    /** The reference at {@code node} ({@code path}, such as variants.expolu.reference), checked against the variant's setup. */
    Optional<ReferenceRuns> read(YamlNode node, String path, Optional<Setup> setup) {
        Optional<Mapping> mapping = binder.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = mapping.get();
        binder.allowOnly(m, path, KEYS);
        int before = binder.problems().size();
        Optional<YamlNode> json = binder.value(m, "json");
        Optional<YamlNode> csv = binder.value(m, "csv");
        if (json.isEmpty() && csv.isEmpty() && (binder.misspelt(path + ".json") || binder.misspelt(path + ".csv"))) {
            return Optional.empty(); // the misspelt key is the problem
        }
        if (json.isPresent() == csv.isPresent()) {
            binder.problem(m.line(), path, json.isPresent() ? "has both json and csv; expected one of them"
                    : "has neither json nor csv; expected {json: FILES} or {csv: FILES, curves: columns | rows}");
            return Optional.empty();
        }
        CurveFiles.Orientation orientation = orientation(m, path, csv.isPresent());
        String label = binder.value(m, "label").flatMap(n -> binder.string(n, path + ".label")).orElse("");
        String key = path + (json.isPresent() ? ".json" : ".csv");
        List<ReferenceRun> runs = new ArrayList<>();
        for (Located file : files(json.orElseGet(csv::get), key)) {
            try {
                if (json.isPresent()) {
                    CurveFiles.JsonCurve curve = CurveFiles.json(file.path());
                    checkSize(curve, file, key, setup);
                    runs.add(curve.run());
                } else {
                    runs.addAll(CurveFiles.csv(file.path(), orientation));
                }
            } catch (CurveFileException e) {
                binder.problem(file.line(), key, relative(file.path()) + " " + e.getMessage());
            }
        }
        setup.ifPresent(s -> checkRounds(runs, s.rounds(), key, json.orElseGet(csv::get).line()));
        return binder.problems().size() > before ? Optional.empty() : Optional.of(new ReferenceRuns(label, runs));
    }

    private record Located(Path path, int line) {
    }

    private CurveFiles.Orientation orientation(Mapping m, String path, boolean csv) {
        Optional<YamlNode> node = binder.value(m, "curves");
        if (node.isEmpty()) {
            return CurveFiles.Orientation.COLUMNS;
        }
        if (!csv) {
            binder.problem(node.get().line(), path + ".curves", "is given for json, which holds one curve a file;"
                    + " expected curves only with csv");
            return CurveFiles.Orientation.COLUMNS;
        }
        Optional<String> text = binder.string(node.get(), path + ".curves");
        for (CurveFiles.Orientation o : CurveFiles.Orientation.values()) {
            if (text.isPresent() && o.id().equals(text.get())) {
                return o;
            }
        }
        text.ifPresent(t -> binder.problem(node.get().line(), path + ".curves", "is '" + t + "', but expected columns"
                + " (a curve a column, a round a row) or rows (a curve a row)"));
        return CurveFiles.Orientation.COLUMNS;
    }

    /** The files a path, a pattern or a list of them names, each once, in order. */
    private List<Located> files(YamlNode node, String key) {
        List<YamlNode> items = node instanceof Sequence s ? s.items() : List.of(node);
        if (node instanceof Sequence s && s.items().isEmpty()) {
            binder.problem(node.line(), key, "is empty; expected at least one file");
        }
        Set<Path> seen = new LinkedHashSet<>();
        List<Located> files = new ArrayList<>();
        for (YamlNode item : items) {
            Optional<String> text = item instanceof Scalar ? binder.string(item, key) : Optional.empty();
            if (!(item instanceof Scalar)) {
                binder.problem(item.line(), key, "has " + item.kind() + ", but expected a file name or pattern");
            }
            for (Path file : text.map(t -> resolve(t, item.line(), key)).orElse(List.of())) {
                if (seen.add(file)) {
                    files.add(new Located(file, item.line()));
                } else {
                    binder.problem(item.line(), key, "names " + relative(file) + " twice; expected each file once");
                }
            }
        }
        return files;
    }

    /** The file {@code text} names, or those its pattern matches, inside the experiment file's folder. */
    private List<Path> resolve(String text, int line, String key) {
        int slash = text.lastIndexOf('/');
        String directory = slash < 0 ? "" : text.substring(0, slash);
        String name = text.substring(slash + 1);
        if (directory.chars().anyMatch(c -> GLOB.indexOf(c) >= 0)) {
            binder.problem(line, key, "is '" + text + "', but expected wildcards in the file name only, such as"
                    + " reference/expolu_s*.json");
            return List.of();
        }
        Optional<Path> folder = binder.inside(directory.isEmpty() ? "." : directory, text, line, key);
        if (folder.isEmpty()) {
            return List.of();
        }
        if (name.chars().noneMatch(c -> GLOB.indexOf(c) >= 0)) {
            return binder.inside(text, text, line, key).filter(f -> exists(f, line, key)).map(List::of).orElse(List.of());
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
        } catch (IllegalArgumentException e) {
            binder.problem(line, key, "is '" + text + "', which is not a pattern (" + e.getMessage() + ")");
            return List.of();
        }
        List<Path> matches;
        try (Stream<Path> files = Files.list(folder.get())) {
            matches = files.filter(f -> matcher.matches(f.getFileName()) && Files.isRegularFile(f))
                    .sorted((a, b) -> NaturalOrder.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            binder.problem(line, key, "is '" + text + "', but " + folder.get() + " cannot be listed (" + e + ")");
            return List.of();
        }
        if (matches.isEmpty()) {
            binder.problem(line, key, "is '" + text + "', which matches no file in " + folder.get());
        }
        return matches.stream().filter(f -> binder.inside(root.relativize(f).toString(), text, line, key).isPresent())
                .toList();
    }

    private boolean exists(Path file, int line, String key) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        binder.problem(line, key, "names " + file + ", which " + (Files.exists(file) ? "is not a file" : "does not exist"));
        return false;
    }

    private void checkSize(CurveFiles.JsonCurve curve, Located file, String key, Optional<Setup> setup) {
        if (setup.isEmpty() || !(setup.get() instanceof NetworkSetup s)) {
            return;
        }
        if (curve.width().isPresent() && curve.width().getAsLong() != s.width()) {
            binder.problem(file.line(), key, relative(file.path()) + " was made at n = " + curve.width().getAsLong()
                    + ", but expected the variant's model.width " + s.width());
        }
        if (curve.layers().isPresent() && curve.layers().getAsLong() != s.layers()) {
            binder.problem(file.line(), key, relative(file.path()) + " was made at layers = "
                    + curve.layers().getAsLong() + ", but expected the variant's model.layers " + s.layers());
        }
    }

    private void checkRounds(List<ReferenceRun> runs, int rounds, String key, int line) {
        for (ReferenceRun run : runs) {
            if (run.curve().rounds() != rounds) {
                binder.problem(line, key, run.name() + " has " + run.curve().rounds() + " losses, but expected "
                        + rounds + ", one a round of the variant's training.rounds");
            }
        }
    }

    private String relative(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }
}
