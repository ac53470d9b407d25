package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Sequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code data}: rows given inline as {@code points}, or a {@code csv} file beside the experiment. */
final class DataReader {

    private static final Set<String> KEYS = Set.of("points", "csv", "normalize");

    private final Binder binder;

    DataReader(Binder binder) {
        this.binder = binder;
    }

    /** The rows, each at least two numbers and all of one length. */
    Optional<List<List<Double>>> points(Mapping data) {
        binder.allowOnly(data, "data", KEYS);
        Optional<YamlNode> points = binder.value(data, "points");
        Optional<YamlNode> csv = binder.value(data, "csv");
        if (points.isEmpty() && csv.isEmpty() && (binder.misspelt("data.points") || binder.misspelt("data.csv"))) {
            return Optional.empty(); // the misspelt key is the problem
        }
        if (points.isPresent() == csv.isPresent()) {
            binder.problem(data.line(), "data", points.isPresent()
                    ? "has both points and csv; expected one of them"
                    : "has neither points nor csv; expected one of them");
            return Optional.empty();
        }
        if (points.isPresent()) {
            return binder.sequence(points.get(), "data.points").flatMap(this::inline);
        }
        return binder.string(csv.get(), "data.csv").flatMap(name -> csv(name, csv.get().line()));
    }

    boolean normalize(Mapping data) {
        return binder.value(data, "normalize").flatMap(n -> binder.bool(n, "data.normalize")).orElse(false);
    }

    private Optional<List<List<Double>>> inline(Sequence rows) {
        List<List<Double>> result = new ArrayList<>();
        boolean ok = true;
        for (int r = 0; r < rows.items().size(); r++) {
            String path = "data.points[" + r + "]";
            YamlNode row = rows.items().get(r);
            Optional<Sequence> values = binder.sequence(row, path);
            if (values.isEmpty()) {
                ok = false;
                continue;
            }
            List<Double> numbers = new ArrayList<>();
            for (YamlNode v : values.get().items()) {
                Optional<Double> number = binder.number(v, path);
                ok &= number.isPresent();
                number.ifPresent(numbers::add);
            }
            ok &= checkRow(numbers, result, row.line(), path);
            result.add(numbers);
        }
        if (rows.items().isEmpty()) {
            binder.problem(rows.line(), "data.points", "is empty; expected at least one row");
            ok = false;
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    private Optional<List<List<Double>>> csv(String name, int line) {
        Optional<Path> inside = binder.inside(name, name, line, "data.csv");
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        Path file = inside.get();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            binder.problem(line, "data.csv", "names " + file + ", which cannot be read (" + e + ")");
            return Optional.empty();
        }
        List<List<Double>> rows = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).trim();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<Double> numbers = new ArrayList<>();
            try {
                for (String cell : text.split(",")) {
                    numbers.add(Double.parseDouble(cell.trim()));
                }
            } catch (NumberFormatException e) {
                if (rows.isEmpty()) {
                    continue; // a header
                }
                binder.problem(line, "data.csv", file + " line " + (i + 1) + " is '" + text
                        + "', but expected numbers separated by commas");
                ok = false;
                continue;
            }
            ok &= checkRow(numbers, rows, line, "data.csv " + file.getFileName() + " line " + (i + 1));
            rows.add(numbers);
        }
        if (rows.isEmpty()) {
            binder.problem(line, "data.csv", file + " has no rows of numbers");
            ok = false;
        }
        return ok ? Optional.of(rows) : Optional.empty();
    }

    private boolean checkRow(List<Double> row, List<List<Double>> before, int line, String path) {
        if (row.size() < 2) {
            binder.problem(line, path, "has " + row.size() + " value(s), but expected at least 2 (inputs, then the"
                    + " target)");
            return false;
        }
        if (!before.isEmpty() && before.get(0).size() != row.size()) {
            binder.problem(line, path, "has " + row.size() + " values, but expected " + before.get(0).size()
                    + " like the first row");
            return false;
        }
        return true;
    }
}
