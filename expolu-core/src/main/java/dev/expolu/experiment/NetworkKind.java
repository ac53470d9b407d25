package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.network.Shape;
import dev.expolu.run.ActivationSpec;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.TrainingEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code model.kind: network}, the default: the seed's network (every layer normalize, activate,
 * normalize; N(0,1) weights; per-sample SGD), on {@code data.points}, trained by the engine each run's
 * {@code training.engine} names.
 */
public final class NetworkKind implements ModelKind {

    /** Its name in {@code model.kind}. */
    public static final String NAME = NetworkSpec.KIND;

    /** Every setting of its setup but the data's rows. */
    static final Set<String> SWEEPABLE = Set.of("data.normalize", "model.layers", "model.width", "model.activation",
            "model.powers", "model.init", "training.rounds", "training.learningRate", "training.dtype",
            "training.engine");

    private static final Set<String> MODEL = Set.of("kind", "layers", "width", "activation", "powers", "init");
    private static final Set<String> TRAINING = Set.of("rounds", "learningRate", "dtype", "engine");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the seed's network, the default";
    }

    @Override
    public Set<String> sweepable() {
        return SWEEPABLE;
    }

    @Override
    public Optional<TrainingEngine> engine(ProjectClasses classes) {
        return Optional.empty();
    }

    @Override
    public Optional<Setup> read(VariantSource source) {
        Binder binder = source.binder();
        DataReader data = new DataReader(binder);
        Mapping m = source.settings();
        int problemsBefore = binder.problems().size();
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
        Optional<ActivationSpec> activation = model.flatMap(new ActivationReader(binder)::activation);
        List<Integer> powers = powers(binder, modelMap);
        InitReader inits = new InitReader(binder);
        Optional<Path> initDirectory = inits.init(modelMap);
        int tline = training.map(Mapping::line).orElse(m.line());
        Mapping trainingMap = training.orElse(new Mapping(Map.of(), tline));
        Integer rounds = training.flatMap(x -> binder.integerAtLeast(x, "rounds", "training.rounds", 1, null, tline))
                .orElse(null);
        Double rate = learningRate(binder, trainingMap, width);
        Precision precision = choice(binder, trainingMap, "dtype", Precision.FLOAT32, Precision.values(), Precision::id);
        Engine engine = choice(binder, trainingMap, "engine", Engine.FUSED, Engine.values(), Engine::id);
        if (engine == Engine.DL4J && !powers.equals(List.of(1))) {
            binder.problem(binder.value(trainingMap, "engine").map(YamlNode::line).orElse(tline), "training.engine",
                    "is dl4j, but the DL4J definition covers powers [1] only and model.powers is " + powers
                            + "; expected engine fused, cuda or auto for the seed's quirks of several powers");
        }
        List<Long> seeds = source.seeds();
        if (initDirectory.isPresent() && seeds.size() > 1) {
            binder.problem(binder.value(m, "seeds").map(YamlNode::line).orElse(line), "seeds", "has " + seeds.size()
                    + " seeds, but model.init.from gives every run the same initial tensors, so every seed trains the"
                    + " same run and a test over them would count one run as " + seeds.size() + "; expected one seed");
        }
        if (binder.problems().size() > problemsBefore || points.isEmpty() || activation.isEmpty() || layers == null
                || width == null || rounds == null) { // a value missing whose problem is its misspelt key's
            return Optional.empty();
        }
        Shape shape = new Shape(points.get().get(0).size() - 1, layers, width, powers);
        if (!SizeCheck.fits(binder, shape, modelMap)) {
            return Optional.empty();
        }
        Optional<Init> init = initDirectory.isEmpty() ? Optional.of(new Init.Normal())
                : inits.checkInit(initDirectory.get(), shape, modelMap);
        if (init.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkSetup(points.get(), normalize, layers, width, activation.get(), powers,
                init.get(), rounds, rate, precision, engine));
    }

    private static List<Integer> powers(Binder binder, Mapping model) {
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

    private static Double learningRate(Binder binder, Mapping training, Integer width) {
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

    private static <T> T choice(Binder binder, Mapping training, String key, T fallback, T[] values, java.util.function.Function<T, String> id) {
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
}
