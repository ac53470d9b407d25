package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.judge.Metric;
import dev.expolu.judge.Target;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code compare} claim's {@code metric}: finalLoss, minLoss, {roundsTo: LOSS}, or
 * {roundsTo: {metric: NAME, value: V}}, {final: NAME} and {best: NAME} of a curve both variants' runs
 * report, with which way its values are better.
 */
final class CompareMetricReader {

    static final String EXPECTED = "finalLoss, minLoss, {roundsTo: LOSS}, {roundsTo: {metric: METRIC, value: VALUE}},"
            + " {final: METRIC} or {best: METRIC}";

    /** A metric and whether higher values of it are better. */
    record Directed(Metric metric, boolean higherIsBetter) {
    }

    private final Binder binder;
    private final Map<String, Map<String, Boolean>> curves;

    /** {@code curves}: each loaded variant's curves ({@link Setup#curves()}); a variant absent did not load. */
    CompareMetricReader(Binder binder, Map<String, Map<String, Boolean>> curves) {
        this.binder = binder;
        this.curves = curves;
    }

    /** The metric of {@code m}, a claim on variants {@code a} and {@code b} where they were read. */
    Optional<Directed> read(Mapping m, String path, Optional<String> a, Optional<String> b) {
        Optional<YamlNode> node = binder.value(m, "metric");
        if (node.isEmpty()) {
            binder.problem(m.line(), path + ".metric", "is missing; expected " + EXPECTED);
            return Optional.empty();
        }
        if (node.get() instanceof Scalar s && "finalLoss".equals(s.text())) {
            return Optional.of(new Directed(new Metric.FinalLoss(), false));
        }
        if (node.get() instanceof Scalar s && "minLoss".equals(s.text())) {
            return Optional.of(new Directed(new Metric.MinLoss(), false));
        }
        if (node.get() instanceof Mapping r && r.entries().size() == 1) {
            String key = r.entries().keySet().iterator().next();
            YamlNode value = r.entries().get(key).value();
            String at = path + ".metric." + key;
            if (key.equals("roundsTo") && value instanceof Mapping to) {
                return roundsTo(to, at, a, b);
            }
            if (key.equals("roundsTo")) {
                return binder.loss(value, at).map(l -> new Directed(new Metric.RoundsTo(l), false));
            }
            if (key.equals("final") || key.equals("best")) {
                Optional<String> name = binder.string(value, at);
                Optional<Boolean> up = name.flatMap(n -> direction(n, value.line(), at, a, b));
                if (up.isEmpty()) {
                    return Optional.empty();
                }
                Metric metric = key.equals("final") ? new Metric.Final(name.get()) : new Metric.Best(name.get());
                return Optional.of(new Directed(metric, up.get()));
            }
        }
        binder.problem(node.get().line(), path + ".metric", "is " + node.get().kind() + ", but expected " + EXPECTED);
        return Optional.empty();
    }

    /** {@code roundsTo: {metric: NAME, value: V}}: rounds, better fewer, whatever the curve's direction. */
    private Optional<Directed> roundsTo(Mapping to, String path, Optional<String> a, Optional<String> b) {
        return target(to, path, a, b).map(t -> new Directed(new Metric.RoundsToValue(t.curve(), t.value()), false));
    }

    /**
     * {@code {metric: NAME, value: V}}: a value of a curve both variants report, with the direction they
     * read it in; empty, with the problem, where either is missing or the variants do not both report it.
     */
    Optional<Target> target(Mapping to, String path, Optional<String> a, Optional<String> b) {
        Optional<MetricAndValue> read = MetricAndValue.read(binder, to, path,
                "{metric: METRIC, value: VALUE}, such as {metric: accuracy, value: 0.9}");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlNode metric = read.get().metric();
        Optional<String> name = binder.string(metric, path + ".metric");
        Optional<Boolean> up = name.flatMap(n -> direction(n, metric.line(), path + ".metric", a, b));
        Optional<Double> v = binder.number(read.get().value(), path + ".value");
        return up.isEmpty() || v.isEmpty() ? Optional.empty() : Optional.of(new Target(name.get(), v.get(), up.get()));
    }

    /**
     * Whether {@code name} is better higher, as both variants' runs report it; empty, with the problem,
     * where one of them does not report it or the two read it different ways.
     */
    Optional<Boolean> direction(String name, int line, String path, Optional<String> a, Optional<String> b) {
        Optional<Boolean> found = Optional.empty();
        for (Optional<String> side : java.util.List.of(a, b)) {
            Map<String, Boolean> reported = side.map(curves::get).orElse(null);
            if (reported == null) {
                continue; // a variant not named or not loaded: its own problem says why
            }
            if (!reported.containsKey(name)) {
                binder.problem(line, path, "is " + name + ", but " + side.get() + "'s runs report "
                        + reported.keySet() + "; expected a metric both variants report");
                return Optional.empty();
            }
            if (found.isPresent() && !found.get().equals(reported.get(name))) {
                binder.problem(line, path, "is " + name + ", which " + a.get() + "'s runs report better "
                        + (found.get() ? "higher" : "lower") + " and " + b.get() + "'s better "
                        + (found.get() ? "lower" : "higher") + "; expected a metric both read one way");
                return Optional.empty();
            }
            found = Optional.of(reported.get(name));
        }
        return Optional.of(found.orElse(false));
    }
}
