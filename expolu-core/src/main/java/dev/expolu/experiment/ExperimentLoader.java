package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an experiment file and checks all of it before anything trains: every problem found is
 * reported at once, each with the file, its line, the key and what was expected.
 */
public final class ExperimentLoader {

    private static final Set<String> TOP = Set.of("name", "description", "data", "model", "training", "seeds",
            "variants", "expect", "compare", "reference", "agree");
    private static final Set<String> VARIANT = Set.of("description", "data", "model", "training", "seeds",
            "expect", "reference");

    private ExperimentLoader() {
    }

    public static Experiment load(Path file) throws ExperimentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExperimentException(List.of(new Problem(file, 1, "", "cannot be read: " + e)));
        }
        return load(file, bytes);
    }

    /**
     * An experiment from text not read from {@code file}, such as one a program wrote: checked as a
     * file is, its problems naming {@code file}; relative paths in it ({@code data.csv},
     * {@code model.init.from}) resolve against {@code file}'s folder.
     */
    public static Experiment load(Path file, String text) throws ExperimentException {
        return load(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Experiment load(Path file, byte[] bytes) throws ExperimentException {
        YamlNode root = YamlReader.read(file, new String(bytes, StandardCharsets.UTF_8));
        Binder binder = new Binder(file);
        Optional<Mapping> top = binder.mapping(root, "the file");
        if (top.isEmpty()) {
            throw new ExperimentException(binder.problems());
        }
        Mapping m = top.get();
        binder.allowOnly(m, "", TOP);
        Optional<YamlNode> nameNode = binder.value(m, "name");
        Optional<String> declaredName = nameNode.flatMap(n -> binder.string(n, "name"));
        String name = declaredName.orElse(baseName(file));
        if (declaredName.isPresent()) {
            Names.checkName(binder, name, nameNode.get().line());
        } else if (nameNode.isEmpty()) {
            Names.checkFileName(binder, name);
        }
        String description = binder.value(m, "description").flatMap(n -> binder.string(n, "description"))
                .orElse("");
        List<Variant> variants = new ArrayList<>();
        Optional<YamlNode> declared = binder.value(m, "variants");
        Mapping base = without(m, "variants", "name", "description", "compare", "reference", "agree");
        SetupReader setups = new SetupReader(binder);
        ReferenceSources references = new ReferenceSources(binder);
        if (declared.isEmpty()) {
            setups.variant(Variant.DEFAULT, base).ifPresent(variants::add);
            references.add(Variant.DEFAULT, binder.value(m, "reference"), "reference");
        } else {
            binder.value(m, "reference").ifPresent(r -> binder.problem(r.line(), "reference", "stands at the top, but"
                    + " the file has variants; expected it inside the variant whose runs it matches"));
            binder.mapping(declared.get(), "variants").ifPresent(all -> {
                if (all.entries().isEmpty()) {
                    binder.problem(all.line(), "variants", "is empty; expected at least one variant");
                }
                for (Map.Entry<String, YamlNode.Entry> v : all.entries().entrySet()) {
                    String path = "variants." + v.getKey();
                    Names.checkVariant(binder, v.getKey(), v.getValue().keyLine());
                    binder.mapping(v.getValue().value(), path).ifPresent(override -> {
                        binder.allowOnly(override, path, VARIANT);
                        setups.variant(v.getKey(), base.overlay(without(override, "description", "reference")))
                                .ifPresent(variants::add);
                        references.add(v.getKey(), binder.value(override, "reference"), path + ".reference");
                    });
                }
            });
        }
        List<String> declaredVariants = declared.isPresent() && declared.get() instanceof Mapping v
                ? List.copyOf(v.entries().keySet()) : List.of();
        var comparisons = new CompareReader(binder).read(m, declaredVariants);
        References referenced = references.read(m, variants, declared.isPresent() ? declaredVariants
                : List.of(Variant.DEFAULT), declared.isPresent());
        List<Problem> problems = new ArrayList<>(new LinkedHashSet<>(binder.problems()));
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        return new Experiment(name, description, file, sha256(bytes), variants, comparisons, referenced);
    }

    private static Mapping without(Mapping m, String... keys) {
        var entries = new java.util.LinkedHashMap<>(m.entries());
        for (String key : keys) {
            entries.remove(key);
        }
        return new Mapping(entries, m.line());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
