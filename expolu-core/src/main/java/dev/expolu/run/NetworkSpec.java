package dev.expolu.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run of the seed's network ({@code model.kind: network}, the default): every setting that decides
 * its curve, resolved (defaults filled in) and in a fixed order, and its seed.
 *
 * @param points       the data rows, the target last
 * @param normalize    the seed's {@code norma0} on x and y
 * @param layers       the seed's {@code layers}
 * @param width        the seed's {@code n}
 * @param activation   the seed's {@code act}, with all its parameters
 * @param powers       the seed's {@code powerlist}
 * @param init         N(0,1) from the seed, or tensors from files
 * @param rounds       the rounds of training
 * @param learningRate the SGD step
 * @param precision    the dtype
 * @param engine       the engine the file asks for ({@link Engine#AUTO} stays as written)
 * @param seed         the run's seed
 */
public record NetworkSpec(List<List<Double>> points, boolean normalize, int layers, int width,
        ActivationSpec activation, List<Integer> powers, Init init, int rounds, double learningRate,
        Precision precision, Engine engine, long seed) implements RunSpec {

    /** {@code model.kind} of the seed's network. */
    public static final String KIND = "network";

    /** Bumped whenever {@link #canonical()} changes its form. */
    static final String FORM = "expolu-run-v2";

    public NetworkSpec {
        points = points.stream().map(List::copyOf).toList();
        powers = List.copyOf(powers);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(engine, "engine");
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * {@code spec} as a run of the seed's network, for the engines that train only that.
     *
     * @throws IllegalArgumentException for a run of another kind
     */
    public static NetworkSpec of(RunSpec spec) {
        if (spec instanceof NetworkSpec network) {
            return network;
        }
        throw new IllegalArgumentException("a run of model.kind " + spec.kind() + ", but this engine trains the seed's"
                + " network (model.kind " + KIND + ")");
    }

    /** The input features: the data's columns but the last. */
    public int inputs() {
        return points.get(0).size() - 1;
    }

    /** P = max(powers): the leading dimension of the weight tensors. */
    public int maxPower() {
        return powers.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** This run trained by another engine. */
    public NetworkSpec withEngine(Engine other) {
        return new NetworkSpec(points, normalize, layers, width, activation, powers, init, rounds, learningRate,
                precision, other, seed);
    }

    /**
     * The setup as a run's record shows it, in this fixed order: points, normalize, layers, width,
     * activation, parameters, powers, init, rounds, learningRate, dtype, engine. The seed stands
     * beside it in the record.
     */
    @Override
    public Map<String, Object> setup() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", points);
        m.put("normalize", normalize);
        m.put("layers", layers);
        m.put("width", width);
        m.put("activation", activation.name());
        m.put("parameters", activation.parameters());
        m.put("powers", powers);
        m.put("init", init instanceof Init.Files f
                ? initFiles(f) : "normal");
        m.put("rounds", rounds);
        m.put("learningRate", learningRate);
        m.put("dtype", precision.id());
        m.put("engine", engine.id());
        return Collections.unmodifiableMap(m);
    }

    /** {from, sha256} in this order: a record's setup is compared as written, and Map.of's order is a JVM's own. */
    private static Map<String, String> initFiles(Init.Files files) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("from", files.directory().toString());
        m.put("sha256", files.sha256());
        return Collections.unmodifiableMap(m);
    }

    /**
     * The settings as the experiment file names them, each with its value as text, in the order of
     * {@link #setup()}: {@code training.learningRate -> 0.01}. A lock keeps them, to say which setting
     * changed where a pinned curve moved.
     */
    @Override
    public Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data.points", points.toString());
        m.put("data.normalize", String.valueOf(normalize));
        m.put("model.layers", String.valueOf(layers));
        m.put("model.width", String.valueOf(width));
        m.put("model.activation", activation.toString());
        m.put("model.powers", powers.toString());
        m.put("model.init", init.toString());
        m.put("training.rounds", String.valueOf(rounds));
        m.put("training.learningRate", String.valueOf(learningRate));
        m.put("training.dtype", precision.id());
        m.put("training.engine", engine.id());
        return Collections.unmodifiableMap(m);
    }

    /**
     * The text a key is hashed from: one {@code key=value} line per setting, in the order of
     * {@link #setup()}, then the seed. Numbers as {@link Double#toString(double)} writes them (they
     * read back as the same double); the init files by their hash, never their path.
     */
    @Override
    public String canonical() {
        StringBuilder text = new StringBuilder(FORM).append('\n');
        setup().forEach((key, value) -> text.append(key).append('=')
                .append(key.equals("init") ? init.toString() : value).append('\n'));
        return text.append("seed=").append(seed).append('\n').toString();
    }
}
