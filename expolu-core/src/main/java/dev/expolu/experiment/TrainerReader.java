package dev.expolu.experiment;

import dev.expolu.api.Metric;
import dev.expolu.api.Trainer;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.trainer.ProjectClasses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a variant of {@code model.kind: trainer}: a project's own {@link Trainer}, checked before
 * anything trains: the class is on the project's test class path and is a trainer, its parameters
 * are plain values, and its metrics name a {@code loss}.
 */
final class TrainerReader {

    private static final Set<String> MODEL = Set.of("kind", "class", "parameters");
    private static final Set<String> TRAINING = Set.of("rounds");

    private final Binder binder;
    private final ProjectClasses classes;
    private final Map<String, Map<String, Boolean>> metrics = new LinkedHashMap<>();
    private final Map<String, Boolean> deterministic = new LinkedHashMap<>();

    TrainerReader(Binder binder, ProjectClasses classes) {
        this.binder = binder;
        this.classes = classes;
    }

    /** The setup, or empty where a problem was recorded. */
    Optional<TrainerSetup> setup(Mapping m, Mapping model) {
        binder.allowOnly(model, "model", MODEL);
        binder.value(m, "data").ifPresent(d -> binder.problem(d.line(), "data", "is set, but a model.kind trainer reads"
                + " its own data; expected its files named in model.parameters"));
        Optional<Mapping> training = binder.requiredMapping(m, "training", "training", m.line());
        training.ifPresent(t -> binder.allowOnly(t, "training", TRAINING));
        int tline = training.map(Mapping::line).orElse(m.line());
        Optional<Integer> rounds = training.flatMap(t -> binder.integerAtLeast(t, "rounds", "training.rounds", 1, null,
                tline));
        Optional<String> className = className(model);
        Optional<Map<String, Boolean>> reported = className.flatMap(c -> metrics(c, binder.value(model, "class")
                .orElseThrow().line()));
        Map<String, String> parameters = parameters(model);
        if (rounds.isEmpty() || reported.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrainerSetup(className.get(), parameters, rounds.get(), reported.get(),
                deterministic.get(className.get())));
    }

    private Optional<String> className(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "class");
        if (node.isEmpty()) {
            binder.problem(model.line(), "model.class", "is missing; expected the binary name of a class implementing "
                    + Trainer.class.getName() + " on the project's test class path");
            return Optional.empty();
        }
        Optional<String> name = binder.string(node.get(), "model.class");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            classes.trainerClass(name.get());
            return name;
        } catch (IllegalArgumentException e) {
            binder.problem(node.get().line(), "model.class", e.getMessage());
            return Optional.empty();
        }
    }

    /** The trainer's metrics, each with whether higher is better; one of them {@code loss}. */
    private Optional<Map<String, Boolean>> metrics(String className, int line) {
        Map<String, Boolean> known = metrics.get(className);
        if (known != null) {
            return Optional.of(known);
        }
        List<Metric> declared;
        boolean repeats;
        try {
            Trainer trainer = classes.newTrainer(className);
            declared = List.copyOf(trainer.metrics());
            repeats = trainer.deterministic();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            binder.problem(line, "model.class", "is " + className + ", but its metrics() cannot be read: " + e);
            return Optional.empty();
        }
        Map<String, Boolean> byName = new LinkedHashMap<>();
        for (Metric metric : declared) {
            if (byName.put(metric.name(), metric.higherIsBetter()) != null) {
                binder.problem(line, "model.class", "is " + className + ", but its metrics() names '" + metric.name()
                        + "' twice; expected each metric once");
                return Optional.empty();
            }
        }
        if (!Boolean.FALSE.equals(byName.get("loss"))) {
            binder.problem(line, "model.class", "is " + className + ", but its metrics() are " + declared
                    + "; expected one named loss, lower is better");
            return Optional.empty();
        }
        metrics.put(className, byName);
        deterministic.put(className, repeats);
        return Optional.of(byName);
    }

    private Map<String, String> parameters(Mapping model) {
        return parameters(binder, model);
    }

    /** {@code model.parameters}: each a plain value, kept as the file wrote it. */
    static Map<String, String> parameters(Binder binder, Mapping model) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional<YamlNode> node = binder.value(model, "parameters");
        if (node.isEmpty()) {
            return parameters;
        }
        binder.mapping(node.get(), "model.parameters").ifPresent(p -> p.entries().forEach((key, entry) -> {
            if (entry.value() instanceof Scalar s) {
                parameters.put(key, s.text());
            } else {
                binder.problem(entry.value().line(), "model.parameters." + key, "is not a plain value; expected a"
                        + " number, a word or a text");
            }
        }));
        return parameters;
    }
}
