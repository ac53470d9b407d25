package dev.expolu.experiment;

import dev.expolu.activation.ActivationCatalog;
import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.network.Npy;
import dev.expolu.network.Parameters;
import dev.expolu.network.Shape;
import dev.expolu.run.ActivationSpec;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.run.TrainerSpec;
import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one variant's {@code data}, {@code model}, {@code training}, {@code seeds} and {@code expect}. */
final class SetupReader {

    private static final Set<String> MODEL = Set.of("kind", "layers", "width", "activation", "powers", "init");
    private static final Set<String> TRAINING = Set.of("rounds", "learningRate", "dtype", "engine");

    private final Binder binder;
    private final ProjectClasses classes;
    private final TrainerReader trainers;
    private final DataReader data;
    private final ExpectationReader expectations;
    private final List<Mapping> read = new ArrayList<>();

    /** @param classes where a {@code model.kind: trainer} class is looked for */
    SetupReader(Binder binder, ProjectClasses classes) {
        this.binder = binder;
        this.classes = classes;
        this.trainers = new TrainerReader(binder, classes);
        this.data = new DataReader(binder);
        this.expectations = new ExpectationReader(binder);
    }

    /** A reader of the same project's classes that records its problems in {@code other}. */
    SetupReader with(Binder other) {
        return new SetupReader(other, classes);
    }

    /** The setups read so far, each the base with a variant's (and a cell's) values laid over it. */
    List<Mapping> read() {
        return read;
    }

    /** The variant, or empty where a problem was recorded. */
    Optional<Variant> variant(String name, Mapping m) {
        read.add(m);
        int problemsBefore = binder.problems().size();
        Optional<Mapping> declared = binder.value(m, "model").filter(Mapping.class::isInstance).map(Mapping.class::cast);
        Optional<YamlNode> kindNode = declared.flatMap(x -> binder.value(x, "kind"));
        String kind = kindNode.flatMap(k -> binder.string(k, "model.kind")).orElse(NetworkSpec.KIND);
        if (kind.equals(TrainerSpec.KIND)) {
            return trainerVariant(name, m, declared.get(), kindNode.get().line(), problemsBefore);
        }
        if (kind.equals(Dl4jSpec.KIND)) {
            return dl4jVariant(name, m, declared.get(), kindNode.get().line(), problemsBefore);
        }
        if (!kind.equals(NetworkSpec.KIND)) {
            binder.problem(kindNode.get().line(), "model.kind", "is " + kind + ", but expected " + NetworkSpec.KIND
                    + " (the seed's network, the default), " + Dl4jSpec.KIND + " (a DL4J configuration) or "
                    + TrainerSpec.KIND + " (a class of the project's own)");
            return Optional.empty();
        }
        Optional<Mapping> dataNode = binder.requiredMapping(m, "data", "data", m.line());
        Optional<List<List<Double>>> points = dataNode.flatMap(data::points);
        boolean normalize = dataNode.map(data::normalize).orElse(false);
        Optional<Mapping> model = binder.requiredMapping(m, "model", "model", m.line());
        Optional<Mapping> training = binder.requiredMapping(m, "training", "training", m.line());
        model.ifPresent(x -> binder.allowOnly(x, "model", MODEL));
        training.ifPresent(x -> binder.allowOnly(x, "training", TRAINING));
        // a section missing or not a mapping is one problem: its keys are not also reported missing
        int line = model.map(Mapping::line).orElse(m.line());
        Mapping modelMap = model.orElse(new Mapping(Map.of(), line));
        Integer layers = model.flatMap(x -> binder.integerAtLeast(x, "layers", "model.layers", 2, null, line))
                .orElse(null);
        Integer width = model.flatMap(x -> binder.integerAtLeast(x, "width", "model.width", 2, null, line))
                .orElse(null);
        Optional<ActivationSpec> activation = model.flatMap(this::activation);
        List<Integer> powers = powers(modelMap);
        Optional<Path> initDirectory = init(modelMap);
        int tline = training.map(Mapping::line).orElse(m.line());
        Mapping trainingMap = training.orElse(new Mapping(Map.of(), tline));
        Integer rounds = training.flatMap(x -> binder.integerAtLeast(x, "rounds", "training.rounds", 1, null, tline))
                .orElse(null);
        Double rate = learningRate(trainingMap, width);
        Precision precision = choice(trainingMap, "dtype", Precision.FLOAT32, Precision.values(), Precision::id);
        Engine engine = choice(trainingMap, "engine", Engine.FUSED, Engine.values(), Engine::id);
        if (engine == Engine.DL4J && !powers.equals(List.of(1))) {
            binder.problem(binder.value(trainingMap, "engine").map(YamlNode::line).orElse(tline), "training.engine",
                    "is dl4j, but the DL4J definition covers powers [1] only and model.powers is " + powers
                            + "; expected engine fused, cuda or auto for the seed's quirks of several powers");
        }
        List<Long> seeds = expectations.seeds(m);
        if (initDirectory.isPresent() && seeds.size() > 1) {
            binder.problem(binder.value(m, "seeds").map(YamlNode::line).orElse(line), "seeds", "has " + seeds.size()
                    + " seeds, but model.init.from gives every run the same initial tensors, so every seed trains the"
                    + " same run and a test over them would count one run as " + seeds.size() + "; expected one seed");
        }
        var expect = expectations.expectations(m, seeds.size());
        if (binder.problems().size() > problemsBefore || points.isEmpty() || activation.isEmpty() || layers == null
                || width == null || rounds == null) { // a value missing whose problem is its misspelt key's
            return Optional.empty();
        }
        Shape shape = new Shape(points.get().get(0).size() - 1, layers, width, powers);
        if (!SizeCheck.fits(binder, shape, modelMap)) {
            return Optional.empty();
        }
        Optional<Init> init = initDirectory.isEmpty() ? Optional.of(new Init.Normal())
                : checkInit(initDirectory.get(), shape, modelMap);
        if (init.isEmpty()) {
            return Optional.empty();
        }
        NetworkSetup setup = new NetworkSetup(points.get(), normalize, layers, width, activation.get(), powers, init.get(), rounds,
                rate, precision, engine);
        int engineLine = binder.value(trainingMap, "engine").map(YamlNode::line).orElse(tline);
        int widthLine = binder.value(modelMap, "width").map(YamlNode::line).orElse(line);
        int roundsLine = binder.value(trainingMap, "rounds").map(YamlNode::line).orElse(tline);
        return Optional.of(new Variant(name, setup, seeds, expect, Map.of("training.engine", engineLine,
                "model.width", widthLine, "training.rounds", roundsLine)));
    }

    private Optional<Variant> trainerVariant(String name, Mapping m, Mapping model, int kindLine, int problemsBefore) {
        Optional<TrainerSetup> setup = trainers.setup(m, model);
        List<Long> seeds = expectations.seeds(m);
        var expect = expectations.expectations(m, seeds.size(), setup.map(TrainerSetup::metricNames)
                .orElse(null)); // unknown where the class is the problem
        if (binder.problems().size() > problemsBefore || setup.isEmpty()) {
            return Optional.empty();
        }
        int roundsLine = binder.value(m, "training").filter(Mapping.class::isInstance).map(Mapping.class::cast)
                .flatMap(t -> binder.value(t, "rounds")).map(YamlNode::line).orElse(kindLine);
        return Optional.of(new Variant(name, setup.get(), seeds, expect, Map.of("training.engine", kindLine,
                "training.rounds", roundsLine)));
    }

    private Optional<Variant> dl4jVariant(String name, Mapping m, Mapping model, int kindLine, int problemsBefore) {
        Optional<Dl4jSetup> setup = new Dl4jReader(binder, classes).setup(m, model);
        List<Long> seeds = expectations.seeds(m);
        var expect = expectations.expectations(m, seeds.size(), Dl4jSetup.METRICS);
        if (binder.problems().size() > problemsBefore || setup.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Variant(name, setup.get(), seeds, expect, Map.of("training.engine", kindLine)));
    }

    private Optional<ActivationSpec> activation(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "activation");
        if (node.isEmpty()) {
            binder.problem(model.line(), "model.activation", "is missing; expected one of " + ActivationCatalog.NAMES);
            return Optional.empty();
        }
        if (node.get() instanceof Scalar) {
            return binder.string(node.get(), "model.activation").flatMap(n -> known(n, node.get().line(), Map.of()));
        }
        return binder.mapping(node.get(), "model.activation").flatMap(m -> {
            Optional<String> name = binder.value(m, "name").flatMap(n -> binder.string(n, "model.activation.name"));
            if (name.isEmpty()) {
                binder.problem(m.line(), "model.activation.name", "is missing; expected one of "
                        + ActivationCatalog.NAMES);
                return Optional.empty();
            }
            Map<String, Double> parameters = new LinkedHashMap<>();
            m.entries().forEach((key, entry) -> {
                if (!key.equals("name")) {
                    binder.number(entry.value(), "model.activation." + key).ifPresent(v -> parameters.put(key, v));
                }
            });
            return known(name.get(), m.line(), parameters);
        });
    }

    private Optional<ActivationSpec> known(String name, int line, Map<String, Double> parameters) {
        if (!ActivationCatalog.isKnown(name)) {
            binder.problem(line, "model.activation", "is '" + name + "', but expected one of "
                    + ActivationCatalog.NAMES);
            return Optional.empty();
        }
        List<String> allowed = ActivationCatalog.parameters(name);
        for (String key : parameters.keySet()) {
            if (!allowed.contains(key)) {
                binder.problem(line, "model.activation." + key, "is not a parameter of " + name + "; expected "
                        + (allowed.isEmpty() ? "none" : "one of " + allowed));
                return Optional.empty();
            }
        }
        return Optional.of(ActivationCatalog.resolve(name, parameters));
    }

    private List<Integer> powers(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "powers");
        if (node.isEmpty()) {
            return List.of(1);
        }
        List<Integer> powers = new ArrayList<>();
        binder.sequence(node.get(), "model.powers").ifPresent(s -> {
            for (YamlNode item : s.items()) {
                binder.integer(item, "model.powers").ifPresent(p -> {
                    if (p < 1 || p > 16) {
                        binder.problem(item.line(), "model.powers", "has " + p + ", but expected powers from 1 to 16");
                    } else {
                        powers.add(p.intValue());
                    }
                });
            }
            if (s.items().isEmpty()) {
                binder.problem(s.line(), "model.powers", "is empty; expected at least one power, such as [1]");
            }
        });
        return powers.isEmpty() ? List.of(1) : powers;
    }

    private Optional<Path> init(Mapping model) {
        Optional<YamlNode> node = binder.value(model, "init");
        if (node.isEmpty() || node.get() instanceof Scalar s && "normal".equals(s.text())) {
            return Optional.empty();
        }
        if (node.get() instanceof Mapping m && m.entries().keySet().equals(Set.of("from"))) {
            YamlNode from = m.entries().get("from").value();
            return binder.string(from, "model.init.from")
                    .flatMap(dir -> binder.inside(dir, dir, from.line(), "model.init.from"));
        }
        binder.problem(node.get().line(), "model.init", "is " + node.get().kind()
                + ", but expected normal or {from: DIR}");
        return Optional.empty();
    }

    private Double learningRate(Mapping training, Integer width) {
        Optional<YamlNode> node = binder.value(training, "learningRate");
        if (node.isEmpty()) {
            return width == null ? 0 : 0.001 / width; // the seed's lr = 0.001 / n
        }
        Optional<Double> rate = binder.number(node.get(), "training.learningRate");
        if (rate.isPresent() && rate.get() <= 0) {
            binder.problem(node.get().line(), "training.learningRate", "is " + rate.get() + ", but expected more than 0");
        }
        return rate.orElse(0.0);
    }

    private <T> T choice(Mapping training, String key, T fallback, T[] values, java.util.function.Function<T, String> id) {
        Optional<YamlNode> node = binder.value(training, key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<String> text = binder.string(node.get(), "training." + key);
        for (T value : values) {
            if (text.isPresent() && id.apply(value).equals(text.get())) {
                return value;
            }
        }
        text.ifPresent(t -> binder.problem(node.get().line(), "training." + key, "is '" + t + "', but expected one of "
                + Arrays.stream(values).map(id).toList()));
        return fallback;
    }

    /**
     * Each tensor of {@code init: {from: DIR}} present and of the shape the model needs; the six
     * files' hash, for the run's description.
     */
    private Optional<Init> checkInit(Path dir, Shape shape, Mapping model) {
        int line = model.entries().get("init").value().line();
        int[][] shapes = Parameters.shapes(shape);
        MessageDigest digest = sha256();
        boolean ok = true;
        for (int i = 0; i < shapes.length; i++) {
            Path file = dir.resolve(Parameters.NAMES.get(i) + ".npy");
            if (!Files.isRegularFile(file)) {
                binder.problem(line, "model.init.from", "has no " + file.getFileName() + " in " + dir
                        + "; expected the seed's six tensors " + Parameters.NAMES);
                ok = false;
                continue;
            }
            try {
                int[] found = Npy.shape(file);
                if (!Arrays.equals(found, shapes[i])) {
                    binder.problem(line, "model.init.from", file.getFileName() + " has shape " + Arrays.toString(found)
                            + ", but expected " + Arrays.toString(shapes[i]));
                    ok = false;
                }
                try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
                    in.transferTo(OutputStream.nullOutputStream()); // in chunks: a file of any size
                }
            } catch (IOException e) {
                binder.problem(line, "model.init.from", e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(new Init.Files(dir, HexFormat.of().formatHex(digest.digest()))) : Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
