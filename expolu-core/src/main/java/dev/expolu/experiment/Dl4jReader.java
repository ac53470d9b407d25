package dev.expolu.experiment;

import dev.expolu.dl4j.Dl4jConfiguration;
import dev.expolu.dl4j.Dl4jFactories;
import dev.expolu.experiment.Dl4jDataReader.Located;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.run.Sha256;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a variant of {@code model.kind: dl4j}: a {@code MultiLayerConfiguration} or a
 * {@code ComputationGraphConfiguration} (one input, one output) as its {@code toJson()} writes it,
 * inside the experiment's folder, or the factory that makes one; its data ({@link Dl4jDataReader});
 * its training. Checked before anything trains: the configuration reads back, it ends in an output
 * layer, and where the data is a table its first layer takes the table's features and its output layer
 * has a unit per class.
 */
final class Dl4jReader {

    private static final Set<String> MODEL = Set.of("kind", "configuration", "factory", "parameters");
    private static final Set<String> TRAINING = Set.of("rounds", "batchSize", "every");

    private final Binder binder;
    private final ProjectClasses classes;

    Dl4jReader(Binder binder, ProjectClasses classes) {
        this.binder = binder;
        this.classes = classes;
    }

    /** The setup, or empty where a problem was recorded. */
    Optional<Dl4jSetup> setup(Mapping m, Mapping model) {
        binder.allowOnly(model, "model", MODEL);
        Optional<Mapping> training = binder.requiredMapping(m, "training", "training", m.line());
        training.ifPresent(t -> binder.allowOnly(t, "training", TRAINING));
        int tline = training.map(Mapping::line).orElse(m.line());
        Optional<Integer> rounds = training.flatMap(t -> binder.integerAtLeast(t, "rounds", "training.rounds", 1, null,
                tline));
        Optional<Integer> every = training.flatMap(this::every);
        Optional<Source> source = source(model);
        Optional<Mapping> dataMapping = binder.requiredMapping(m, "data", "data", m.line());
        Optional<Dl4jDataReader.Read> data = dataMapping.flatMap(d -> new Dl4jDataReader(binder, classes).read(d));
        Optional<Integer> batch = batchSize(training, dataMapping.flatMap(d -> binder.value(d, "iterator")).isPresent(),
                tline);
        if (rounds.isEmpty() || every.isEmpty() || batch.isEmpty() || source.isEmpty() || data.isEmpty()
                || !fits(source.get(), data.get())) {
            return Optional.empty();
        }
        Path folder = binder.file().toAbsolutePath().normalize().getParent();
        Source s = source.get();
        return Optional.of(new Dl4jSetup(s.name(), s.sha256(), s.factory(), s.parameters(), data.get().data(), folder,
                batch.get(), rounds.get(), every.get()));
    }

    /** {@code training.every: {iterations: N}}: N iterations a round; 0 (absent) for an epoch a round. */
    private Optional<Integer> every(Mapping training) {
        Optional<YamlNode> node = binder.value(training, "every");
        if (node.isEmpty()) {
            return Optional.of(0);
        }
        Optional<Mapping> every = binder.mapping(node.get(), "training.every");
        every.ifPresent(e -> binder.allowOnly(e, "training.every", Set.of("iterations")));
        return every.flatMap(e -> binder.integerAtLeast(e, "iterations", "training.every.iterations", 1, null,
                e.line()));
    }

    /** A table's batch size, 32 unless set; an iterator's batches are its own, so none is set. */
    private Optional<Integer> batchSize(Optional<Mapping> training, boolean iterators, int tline) {
        Optional<YamlNode> node = training.flatMap(t -> binder.value(t, "batchSize"));
        if (iterators) {
            node.ifPresent(n -> binder.problem(n.line(), "training.batchSize", "is set, but data.iterator makes its"
                    + " own batches; expected no batchSize"));
            return node.isPresent() ? Optional.empty() : Optional.of(0);
        }
        return training.flatMap(t -> binder.integerAtLeast(t, "batchSize", "training.batchSize", 1, 32, tline));
    }

    /**
     * Where the configuration comes from, read: a file, or a factory and its parameters.
     *
     * @param sha256 the file's bytes', or the factory's configuration's JSON's hash
     */
    private record Source(String name, boolean factory, Map<String, String> parameters, String sha256,
            Dl4jConfiguration conf, int line, String key) {
    }

    /** {@code model.configuration} or {@code model.factory}: exactly one. */
    private Optional<Source> source(Mapping model) {
        Optional<YamlNode> file = binder.value(model, "configuration");
        Optional<YamlNode> factory = binder.value(model, "factory");
        if (file.isPresent() == factory.isPresent()) {
            binder.problem(model.line(), "model", (file.isPresent() ? "has both configuration and factory"
                    : "has neither configuration nor factory") + "; expected one: a JSON file as a"
                    + " MultiLayerConfiguration's or ComputationGraphConfiguration's toJson() writes it, or"
                    + " Class#method making one");
            return Optional.empty();
        }
        if (file.isPresent()) {
            if (binder.value(model, "parameters").isPresent()) {
                binder.problem(binder.value(model, "parameters").get().line(), "model.parameters", "is set, but a"
                        + " configuration file takes none; expected model.factory to take them");
                return Optional.empty();
            }
            return file(binder, model, "configuration", "model.configuration").flatMap(f -> configuration(f)
                    .map(conf -> new Source(f.name(), false, Map.of(), f.sha256(), conf, f.line(), f.key())));
        }
        Optional<String> reference = binder.string(factory.get(), "model.factory");
        Map<String, String> parameters = TrainerReader.parameters(binder, model);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        try {
            Dl4jConfiguration conf = Dl4jFactories.make(classes, reference.get(), parameters);
            return Optional.of(new Source(reference.get(), true, parameters, Sha256.hex(conf.seedlessJson()), conf,
                    factory.get().line(), "model.factory"));
        } catch (IllegalArgumentException e) {
            binder.problem(factory.get().line(), "model.factory", e.getMessage());
            return Optional.empty();
        }
    }

    /** A file the experiment names, inside its folder, with the hash of its bytes. */
    static Optional<Located> file(Binder binder, Mapping parent, String key, String path) {
        Optional<YamlNode> node = binder.value(parent, key);
        if (node.isEmpty()) {
            binder.problem(parent.line(), path, "is missing; expected a file inside the experiment's folder");
            return Optional.empty();
        }
        Optional<String> name = binder.string(node.get(), path);
        Optional<Path> inside = name.flatMap(n -> binder.inside(n, n, node.get().line(), path));
        return inside.flatMap(p -> Dl4jDataReader.sha256(binder, p, name.get(), node.get().line(), path)
                .map(sha256 -> new Located(name.get(), p, sha256, node.get().line(), path)));
    }

    private Optional<Dl4jConfiguration> configuration(Located file) {
        try {
            return Optional.of(Dl4jConfiguration.fromJson(java.nio.file.Files.readString(file.path())));
        } catch (IOException | RuntimeException e) {
            binder.problem(file.line(), file.key(), "is " + file.name() + ", but it is not a DL4J"
                    + " MultiLayerConfiguration or ComputationGraphConfiguration as its toJson() writes it ("
                    + firstLine(e) + ")");
            return Optional.empty();
        }
    }

    /** One input and one output, an output layer last; a table's features in, a unit per class out. */
    private boolean fits(Source source, Dl4jDataReader.Read data) {
        Optional<String> mismatch = source.conf().mismatch(data.features(), data.classes());
        mismatch.ifPresent(m -> binder.problem(source.line(), source.key(), "is " + source.name() + ", " + m));
        return mismatch.isEmpty();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
