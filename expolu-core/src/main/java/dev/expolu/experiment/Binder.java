package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.experiment.YamlNode.Sequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed reads from a {@link YamlNode} tree that collect every problem instead of stopping at the
 * first. A read that fails records its problem and returns empty.
 */
final class Binder {

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> misspelt = new HashSet<>();

    Binder(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    /**
     * Records a problem; one that says {@code key} is missing is left out where a key beside it was
     * flagged as its misspelling: one mistake, one problem.
     */
    void problem(int line, String key, String message) {
        if (message.startsWith("is missing") && misspelt(key)) {
            return;
        }
        problems.add(new Problem(file, line, key, message));
    }

    /**
     * Flags every key of {@code mapping} not in {@code allowed}, with the allowed key it is likely a
     * misspelling of ({@link Keys#nearest}). Call it before reading the mapping's keys, so that a key
     * misspelt is not also reported missing.
     */
    void allowOnly(Mapping mapping, String path, Set<String> allowed) {
        mapping.entries().forEach((key, entry) -> {
            if (!allowed.contains(key)) {
                Optional<String> near = Keys.nearest(key, allowed);
                near.ifPresent(n -> misspelt.add(join(path, n)));
                problem(entry.keyLine(), join(path, key), "is not a known key; "
                        + near.map(n -> "did you mean `" + n + "`? ").orElse("") + "expected one of "
                        + new TreeSet<>(allowed));
            }
        });
    }

    /** Whether a key flagged by {@link #allowOnly} was taken for a misspelling of {@code path}. */
    boolean misspelt(String path) {
        return misspelt.contains(path);
    }

    Optional<YamlNode> value(Mapping mapping, String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    Optional<Mapping> mapping(YamlNode node, String path) {
        if (node instanceof Mapping m) {
            return Optional.of(m);
        }
        problem(node.line(), path, "is " + node.kind() + ", but expected a mapping");
        return Optional.empty();
    }

    Optional<Sequence> sequence(YamlNode node, String path) {
        if (node instanceof Sequence s) {
            return Optional.of(s);
        }
        problem(node.line(), path, "is " + node.kind() + ", but expected a list");
        return Optional.empty();
    }

    /** A required mapping under {@code key}. */
    Optional<Mapping> requiredMapping(Mapping parent, String key, String path, int parentLine) {
        Optional<YamlNode> node = value(parent, key);
        if (node.isEmpty()) {
            problem(parentLine, path, "is missing; expected a mapping");
            return Optional.empty();
        }
        return mapping(node.get(), path);
    }

    Optional<String> string(YamlNode node, String path) {
        if (node instanceof Scalar s && s.text() != null) {
            return Optional.of(s.text());
        }
        problem(node.line(), path, "is " + node.kind() + ", but expected a string");
        return Optional.empty();
    }

    /** A decimal number as YAML writes one: {@code 3}, {@code -0.5}, {@code 1.0e-3}; not Java's {@code 1f} or hex. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    Optional<Double> number(YamlNode node, String path) {
        if (node instanceof Scalar s && s.text() != null && DECIMAL.matcher(s.text().trim()).matches()) {
            try {
                double v = Double.parseDouble(s.text().trim());
                if (Double.isFinite(v)) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(node.line(), path, "is " + node.kind() + ", but expected a number");
        return Optional.empty();
    }

    Optional<Long> integer(YamlNode node, String path) {
        Optional<Double> v = number(node, path);
        if (v.isPresent() && v.get() != Math.rint(v.get())) {
            problem(node.line(), path, "is " + node.kind() + ", but expected a whole number");
            return Optional.empty();
        }
        if (v.isPresent() && Math.abs(v.get()) > 1e15) {
            problem(node.line(), path, "is " + node.kind() + ", but expected a whole number of at most 1e15");
            return Optional.empty();
        }
        return v.map(Double::longValue);
    }

    /** A loss a run must reach: a number more than 0 (no run's loss goes below 0, so 0 or less is never reached). */
    Optional<Double> loss(YamlNode node, String path) {
        Optional<Double> v = number(node, path);
        if (v.isPresent() && v.get() <= 0) {
            problem(node.line(), path, "is " + v.get() + ", but expected a loss more than 0");
            return Optional.empty();
        }
        return v;
    }

    /** A whole number of at least {@code min} (and at most an int's largest), or {@code fallback} where absent. */
    Optional<Integer> integerAtLeast(Mapping parent, String key, String path, int min, Integer fallback,
            int parentLine) {
        Optional<YamlNode> node = value(parent, key);
        if (node.isEmpty()) {
            if (fallback == null) {
                problem(parentLine, path, "is missing; expected a whole number of at least " + min);
            }
            return Optional.ofNullable(fallback);
        }
        Optional<Long> v = integer(node.get(), path);
        if (v.isPresent() && v.get() < min) {
            problem(node.get().line(), path, "is " + v.get() + ", but expected at least " + min);
            return Optional.empty();
        }
        if (v.isPresent() && v.get() > Integer.MAX_VALUE) {
            problem(node.get().line(), path, "is " + v.get() + ", but expected at most " + Integer.MAX_VALUE);
            return Optional.empty();
        }
        return v.map(Long::intValue);
    }

    /** {@code key}'s value, one of {@code variants}; a problem where it is missing or another name. */
    Optional<String> variant(Mapping parent, String key, String path, List<String> variants) {
        Optional<YamlNode> node = value(parent, key);
        if (node.isEmpty()) {
            problem(parent.line(), path + "." + key, "is missing; expected one of the variants " + variants);
            return Optional.empty();
        }
        Optional<String> name = string(node.get(), path + "." + key);
        if (name.isPresent() && !variants.contains(name.get())) {
            problem(node.get().line(), path + "." + key, "is '" + name.get() + "', but expected one of the variants "
                    + variants);
            return Optional.empty();
        }
        return name;
    }

    /**
     * {@code key: {atLeast: K}}, a count of {@code what} out of {@code available} ("seed(s)" of "the variant
     * has only", "cell(s)" of "the claim covers only"); empty where absent or refused.
     */
    OptionalInt atLeastOf(Mapping item, String key, String path, int available, String has, String what) {
        Optional<YamlNode> node = value(item, key);
        if (node.isEmpty()) {
            return OptionalInt.empty();
        }
        String at = path + "." + key;
        Optional<Mapping> count = mapping(node.get(), at);
        if (count.isEmpty()) {
            return OptionalInt.empty();
        }
        allowOnly(count.get(), at, Set.of("atLeast"));
        Optional<Integer> k = integerAtLeast(count.get(), "atLeast", at + ".atLeast", 1, null, count.get().line());
        if (k.isPresent() && k.get() > available) {
            problem(count.get().line(), at + ".atLeast", "is " + k.get() + ", but " + has + " " + available + " "
                    + what);
            return OptionalInt.empty();
        }
        return k.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * {@code relative} resolved against the experiment file's folder, where it stays inside it, also
     * after following links; empty with a problem, quoting {@code text}, where it does not. A name from
     * a file never becomes a path elsewhere.
     */
    Optional<Path> inside(String relative, String text, int line, String key) {
        Path root = file.toAbsolutePath().normalize().getParent();
        Path resolved;
        try {
            Path given = Path.of(relative);
            resolved = given.isAbsolute() ? given : root.resolve(given).normalize();
        } catch (InvalidPathException e) {
            problem(line, key, "is '" + text + "', which is not a path (" + e.getMessage() + ")");
            return Optional.empty();
        }
        boolean within = resolved.startsWith(root);
        if (within && Files.exists(resolved)) {
            try {
                within = resolved.toRealPath().startsWith(root.toRealPath());
            } catch (IOException e) {
                within = false;
            }
        }
        if (!within) {
            problem(line, key, "is '" + text + "', but expected a path inside the experiment's folder " + root
                    + " (relative, no '..' out of it, no link out of it)");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    Optional<Boolean> bool(YamlNode node, String path) {
        if (node instanceof Scalar s && s.text() != null) {
            String t = s.text().trim().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Optional.of(Boolean.parseBoolean(t));
            }
        }
        problem(node.line(), path, "is " + node.kind() + ", but expected true or false");
        return Optional.empty();
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
