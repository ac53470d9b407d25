package dev.expolu.experiment;

import dev.expolu.dl4j.Dl4jFactories;
import dev.expolu.dl4j.Dl4jFiles;
import dev.expolu.dl4j.LabelledTable;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * Reads a variant of {@code model.kind: dl4j}: a {@code MultiLayerConfiguration} as its
 * {@code toJson()} writes it and a CSV table, both inside the experiment's folder, checked before
 * anything trains: the configuration reads back, the table has the label column and numbers only,
 * and the network's output layer has a unit per class.
 */
final class Dl4jReader {

    private static final Set<String> MODEL = Set.of("kind", "configuration", "factory", "parameters");
    private static final Set<String> DATA = Set.of("csv", "label", "validation", "standardize");
    private static final Set<String> TRAINING = Set.of("rounds", "batchSize");

    private final Binder binder;
    private final ProjectClasses classes;

    Dl4jReader(Binder binder, ProjectClasses classes) {
        this.binder = binder;
        this.classes = classes;
    }

    /** The setup, or empty where a problem was recorded. */
    Optional<Dl4jSetup> setup(Mapping m, Mapping model) {
        binder.allowOnly(model, "model", MODEL);
        Optional<Mapping> data = binder.requiredMapping(m, "data", "data", m.line());
        data.ifPresent(d -> binder.allowOnly(d, "data", DATA));
        Optional<Mapping> training = binder.requiredMapping(m, "training", "training", m.line());
        training.ifPresent(t -> binder.allowOnly(t, "training", TRAINING));
        int tline = training.map(Mapping::line).orElse(m.line());
        Optional<Integer> rounds = training.flatMap(t -> binder.integerAtLeast(t, "rounds", "training.rounds", 1, null,
                tline));
        Optional<Integer> batch = training.flatMap(t -> binder.integerAtLeast(t, "batchSize", "training.batchSize", 1,
                32, tline));
        Optional<Source> source = source(model);
        Optional<Located> csv = data.flatMap(d -> file(d, "csv", "data.csv"));
        String label = data.flatMap(d -> binder.value(d, "label")).flatMap(n -> binder.string(n, "data.label"))
                .orElse("label");
        double validation = data.flatMap(d -> binder.value(d, "validation"))
                .flatMap(n -> binder.number(n, "data.validation")).orElse(0.3);
        boolean standardize = data.flatMap(d -> binder.value(d, "standardize"))
                .flatMap(n -> binder.bool(n, "data.standardize")).orElse(false);
        if (validation <= 0 || validation >= 1) {
            binder.problem(data.flatMap(d -> binder.value(d, "validation")).map(YamlNode::line).orElse(m.line()),
                    "data.validation", "is " + validation + ", but expected a share between 0 and 1");
            return Optional.empty();
        }
        Optional<LabelledTable> table = csv.flatMap(c -> table(c, label));
        if (rounds.isEmpty() || batch.isEmpty() || source.isEmpty() || table.isEmpty()
                || !outputFits(source.get(), table.get())) {
            return Optional.empty();
        }
        Path folder = binder.file().toAbsolutePath().normalize().getParent();
        Source s = source.get();
        return Optional.of(new Dl4jSetup(s.name(), s.sha256(), s.factory(), s.parameters(), csv.get().name(),
                csv.get().sha256(), folder, label, validation, standardize, batch.get(), rounds.get()));
    }

    /**
     * Where the configuration comes from, read: a file, or a factory and its parameters.
     *
     * @param sha256 the file's bytes', or the factory's configuration's JSON's hash
     */
    private record Source(String name, boolean factory, Map<String, String> parameters, String sha256,
            MultiLayerConfiguration conf, int line, String key) {
    }

    /** {@code model.configuration} or {@code model.factory}: exactly one. */
    private Optional<Source> source(Mapping model) {
        Optional<YamlNode> file = binder.value(model, "configuration");
        Optional<YamlNode> factory = binder.value(model, "factory");
        if (file.isPresent() == factory.isPresent()) {
            binder.problem(model.line(), "model", (file.isPresent() ? "has both configuration and factory"
                    : "has neither configuration nor factory") + "; expected one: a JSON file as"
                    + " MultiLayerConfiguration.toJson() writes it, or Class#method making one");
            return Optional.empty();
        }
        if (file.isPresent()) {
            if (binder.value(model, "parameters").isPresent()) {
                binder.problem(binder.value(model, "parameters").get().line(), "model.parameters", "is set, but a"
                        + " configuration file takes none; expected model.factory to take them");
                return Optional.empty();
            }
            return file(model, "configuration", "model.configuration").flatMap(f -> configuration(f)
                    .map(conf -> new Source(f.name(), false, Map.of(), f.sha256(), conf, f.line(), f.key())));
        }
        Optional<String> reference = binder.string(factory.get(), "model.factory");
        Map<String, String> parameters = TrainerReader.parameters(binder, model);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        try {
            MultiLayerConfiguration conf = Dl4jFactories.make(classes, reference.get(), parameters);
            return Optional.of(new Source(reference.get(), true, parameters, Sha256.hex(conf.toJson()), conf,
                    factory.get().line(), "model.factory"));
        } catch (IllegalArgumentException e) {
            binder.problem(factory.get().line(), "model.factory", e.getMessage());
            return Optional.empty();
        }
    }

    /** A file the experiment names, inside its folder, with the hash of its bytes. */
    private record Located(String name, Path path, String sha256, int line, String key) {
    }

    private Optional<Located> file(Mapping parent, String key, String path) {
        Optional<YamlNode> node = binder.value(parent, key);
        if (node.isEmpty()) {
            binder.problem(parent.line(), path, "is missing; expected a file inside the experiment's folder");
            return Optional.empty();
        }
        Optional<String> name = binder.string(node.get(), path);
        Optional<Path> inside = name.flatMap(n -> binder.inside(n, n, node.get().line(), path));
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Located(name.get(), inside.get(), Dl4jFiles.sha256(inside.get()), node.get().line(),
                    path));
        } catch (IOException e) {
            binder.problem(node.get().line(), path, "is " + name.get() + ", which cannot be read (" + e + ")");
            return Optional.empty();
        }
    }

    private Optional<MultiLayerConfiguration> configuration(Located file) {
        try {
            return Optional.of(MultiLayerConfiguration.fromJson(java.nio.file.Files.readString(file.path())));
        } catch (IOException | RuntimeException e) {
            binder.problem(file.line(), file.key(), "is " + file.name() + ", but it is not a DL4J MultiLayerConfiguration"
                    + " as its toJson() writes it (" + firstLine(e) + ")");
            return Optional.empty();
        }
    }

    private Optional<LabelledTable> table(Located file, String label) {
        try {
            return Optional.of(LabelledTable.read(file.path(), label));
        } catch (IOException | IllegalArgumentException e) {
            binder.problem(file.line(), file.key(), "is " + file.name() + ", which " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The output layer has a unit per class, and the first layer an input per feature. */
    private boolean outputFits(Source configuration, LabelledTable table) {
        MultiLayerConfiguration conf = configuration.conf();
        var layers = conf.getConfs();
        var first = layers.get(0).getLayer();
        var last = layers.get(layers.size() - 1).getLayer();
        if (first instanceof org.deeplearning4j.nn.conf.layers.FeedForwardLayer in && in.getNIn() != table.features().size()) {
            binder.problem(configuration.line(), configuration.key(), "is " + configuration.name() + ", whose first layer"
                    + " takes " + in.getNIn() + " inputs, but the table has " + table.features().size() + " features");
            return false;
        }
        if (last instanceof org.deeplearning4j.nn.conf.layers.FeedForwardLayer out && out.getNOut() != table.classes()) {
            binder.problem(configuration.line(), configuration.key(), "is " + configuration.name() + ", whose output layer"
                    + " has " + out.getNOut() + " units, but the table's labels name " + table.classes() + " classes");
            return false;
        }
        return true;
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
