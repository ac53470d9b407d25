package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.trainer.ProjectClasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one variant: its {@code model.kind} found by name ({@link ModelKinds}), which reads its
 * {@code data}, {@code model} and {@code training}; then its {@code seeds} and its {@code expect},
 * whose metrics must be curves the kind's runs report.
 */
final class SetupReader {

    private final Binder binder;
    private final ProjectClasses classes;
    private final ModelKinds kinds;
    private final TrainerReader trainers;
    private final ExpectationReader expectations;
    private final List<Mapping> read = new ArrayList<>();

    /** @param classes where a project's own code ({@code model.kind: trainer}, a DL4J factory) is looked for */
    SetupReader(Binder binder, ProjectClasses classes) {
        this(binder, classes, ModelKinds.of(classes));
    }

    SetupReader(Binder binder, ProjectClasses classes, ModelKinds kinds) {
        this.binder = binder;
        this.classes = classes;
        this.kinds = kinds;
        this.trainers = new TrainerReader(binder, classes);
        this.expectations = new ExpectationReader(binder);
    }

    /** A reader of the same project's classes that records its problems in {@code other}. */
    SetupReader with(Binder other) {
        return new SetupReader(other, classes, kinds);
    }

    /** The setups read so far, each the base with a variant's (and a cell's) values laid over it. */
    List<Mapping> read() {
        return read;
    }

    /** The variant, or empty where a problem was recorded. */
    Optional<Variant> variant(String name, Mapping m) {
        read.add(m);
        int problemsBefore = binder.problems().size();
        Optional<Mapping> model = section(m, "model");
        Optional<YamlNode> kindNode = model.flatMap(x -> binder.value(x, "kind"));
        String kindName = kindNode.flatMap(k -> binder.string(k, "model.kind")).orElse(NetworkKind.NAME);
        Optional<ModelKind> kind = kinds.named(kindName);
        if (kind.isEmpty()) {
            binder.problem(kindNode.map(YamlNode::line).orElse(m.line()), "model.kind", "is " + kindName
                    + ", but expected " + kinds.described());
            return Optional.empty();
        }
        VariantSource source = new VariantSource(name, m, this);
        Optional<Setup> setup;
        try {
            setup = kind.get().read(source);
        } catch (RuntimeException e) { // a kind of a project's own, failing: its file's problem, not a crash
            binder.problem(kindNode.map(YamlNode::line).orElse(m.line()), "model.kind", "is " + kindName
                    + ", but " + kind.get().getClass().getName() + " could not read the variant: " + e);
            return Optional.empty();
        }
        List<Long> seeds = source.seeds();
        var expect = expectations.expectations(m, seeds.size(), setup.map(s -> List.copyOf(s.curves().keySet()))
                .orElse(null)); // unknown where the setup is the file's problem
        if (binder.problems().size() > problemsBefore || setup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Variant(name, setup.get(), seeds, expect, lines(m, model, kindNode)));
    }

    /** Where the settings problems found after loading name stand: the key's line, else its section's. */
    private Map<String, Integer> lines(Mapping m, Optional<Mapping> model, Optional<YamlNode> kind) {
        Optional<Mapping> training = section(m, "training");
        int trainingLine = training.map(Mapping::line).or(() -> kind.map(YamlNode::line)).orElse(m.line());
        int modelLine = model.map(Mapping::line).orElse(m.line());
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("training.engine", training.flatMap(t -> binder.value(t, "engine")).map(YamlNode::line)
                .orElse(trainingLine));
        lines.put("training.rounds", training.flatMap(t -> binder.value(t, "rounds")).map(YamlNode::line)
                .orElse(trainingLine));
        lines.put("model.width", model.flatMap(x -> binder.value(x, "width")).map(YamlNode::line).orElse(modelLine));
        return lines;
    }

    private Optional<Mapping> section(Mapping m, String key) {
        return binder.value(m, key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    Binder binder() {
        return binder;
    }

    ProjectClasses classes() {
        return classes;
    }

    ModelKinds kinds() {
        return kinds;
    }

    TrainerReader trainers() {
        return trainers;
    }

    ExpectationReader expectationReader() {
        return expectations;
    }
}
