package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            "variants", "expect", "compare", "sweep", "across", "reference", "agree");
    private static final Set<String> VARIANT = Set.of("description", "data", "model", "training", "seeds",
            "expect", "reference");

    private ExperimentLoader() {
    }

    /** The experiment of {@code file}; a {@code model.kind: trainer} class is looked for on this JVM's class path. */
    public static Experiment load(Path file) throws ExperimentException {
        return load(file, ProjectClasses.ofThisJvm());
    }

    /** The experiment of {@code file}, its trainer classes looked for among {@code classes}. */
    public static Experiment load(Path file, ProjectClasses classes) throws ExperimentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExperimentException(List.of(new Problem(file, 1, "", "cannot be read: " + e)));
        }
        return load(file, bytes, classes);
    }

    /**
     * An experiment from text not read from {@code file}, such as one a program wrote: checked as a
     * file is, its problems naming {@code file}; relative paths in it ({@code data.csv},
     * {@code model.init.from}) resolve against {@code file}'s folder.
     */
    public static Experiment load(Path file, String text) throws ExperimentException {
        return load(file, text.getBytes(StandardCharsets.UTF_8), ProjectClasses.ofThisJvm());
    }

    private static Experiment load(Path file, byte[] bytes, ProjectClasses classes) throws ExperimentException {
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
        Optional<YamlNode> declared = binder.value(m, "variants");
        Mapping base = without(m, "variants", "name", "description", "compare", "sweep", "across", "reference",
                "agree");
        SetupReader setups = new SetupReader(binder, classes);
        SweepReader sweeps = new SweepReader(binder, ModelKinds.of(classes));
        Optional<SweepReader.Grid> grid = sweeps.read(m);
        ReferenceSources references = new ReferenceSources(binder);
        int before = binder.problems().size();
        List<Variant> variants = grid.filter(g -> !g.cells().isEmpty()).isEmpty()
                ? variants(binder, setups, references, m, declared, base, null)
                : Sweeps.variants(grid.get(), base,
                        cellBase -> variants(binder, setups, references, m, declared, cellBase, grid.get()));
        grid.ifPresent(g -> sweeps.forgetMissing(before, g));
        OverriddenValues.check(binder, base, setups);
        List<String> declaredVariants = declared.isPresent() && declared.get() instanceof Mapping v
                ? List.copyOf(v.entries().keySet()) : List.of();
        Map<String, Integer> loaded = Sweeps.seeds(variants);
        Map<String, Integer> seeds = new java.util.LinkedHashMap<>();
        declaredVariants.forEach(v -> seeds.put(v, loaded.getOrDefault(v, 0)));
        var curves = Sweeps.curves(variants);
        var comparisons = new CompareReader(binder, curves).read(m, seeds);
        var across = new SweepClaimReader(binder, curves).read(m, grid.filter(SweepReader.Grid::whole), loaded);
        References referenced = grid.isPresent() ? References.NONE : references.read(m, variants,
                declared.isPresent() ? declaredVariants : List.of(Variant.DEFAULT), declared.isPresent());
        List<Problem> problems = new ArrayList<>(new LinkedHashSet<>(binder.problems()));
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        if (grid.isPresent()) {
            return Sweeps.experiment(name, description, file, sha256(bytes), variants, comparisons, grid.get(), across);
        }
        return new Experiment(name, description, file, sha256(bytes), variants, comparisons).withReferences(referenced);
    }

    /**
     * The variants read over {@code base}: the file's own, or {@value Variant#DEFAULT} where it declares
     * none. In a sweep, {@code base} holds a cell's values, no variant may set a swept setting, and
     * reference runs are refused: they hold one setup's curves, and a sweep's cells each have their own.
     */
    private static List<Variant> variants(Binder binder, SetupReader setups, ReferenceSources references,
            Mapping top, Optional<YamlNode> declared, Mapping base, SweepReader.Grid grid) {
        List<Variant> variants = new ArrayList<>();
        if (grid != null) {
            refuseInSweep(binder, top.entries().get("agree"), "agree");
        }
        if (declared.isEmpty()) {
            setups.variant(Variant.DEFAULT, base).ifPresent(variants::add);
            if (grid != null) {
                refuseInSweep(binder, top.entries().get("reference"), "reference");
            } else {
                references.add(Variant.DEFAULT, binder.value(top, "reference"), "reference");
            }
        } else {
            binder.value(top, "reference").ifPresent(r -> binder.problem(r.line(), "reference", "stands at the top, but"
                    + " the file has variants; expected it inside the variant whose runs it matches"));
            binder.mapping(declared.get(), "variants").ifPresent(all -> {
                if (all.entries().isEmpty()) {
                    binder.problem(all.line(), "variants", "is empty; expected at least one variant");
                }
                for (var v : all.entries().entrySet()) {
                    String path = "variants." + v.getKey();
                    Names.checkVariant(binder, v.getKey(), v.getValue().keyLine());
                    binder.mapping(v.getValue().value(), path).ifPresent(override -> {
                        binder.allowOnly(override, path, VARIANT);
                        if (grid != null) {
                            new SweepReader(binder, setups.kinds()).refuseOverrides(grid, v.getKey(), override);
                            refuseInSweep(binder, override.entries().get("reference"), path + ".reference");
                        } else {
                            references.add(v.getKey(), binder.value(override, "reference"), path + ".reference");
                        }
                        setups.variant(v.getKey(), base.overlay(without(override, "description", "reference")))
                                .ifPresent(variants::add);
                    });
                }
            });
        }
        return variants;
    }

    private static void refuseInSweep(Binder binder, YamlNode.Entry entry, String path) {
        if (entry != null) {
            binder.problem(entry.keyLine(), path, "is not supported in a sweep: reference runs hold the curves of"
                    + " one setup, and each cell of a sweep has its own; expected an experiment without sweep for it");
        }
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
        return Sha256.hex(bytes);
    }
}
