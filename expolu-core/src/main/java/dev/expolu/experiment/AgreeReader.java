package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.judge.Agreement;
import dev.expolu.judge.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code agree}: claims that a variant's runs and its reference runs agree on a metric,
 * {@code {metric: M, variant: V, test: mannWhitney | equivalence, pValue: P, margin: {UNIT: X}}}. The
 * metric is finalLoss, minLoss, {roundsTo: LOSS} or {converged: LOSS}, or the forms other claims write
 * ({final: loss}, {best: loss}, {roundsTo: {metric: loss, value: LOSS}}) on the loss: reference runs
 * are loss curves alone, so a claim on another curve is refused with its line. {@code variant} may be
 * left out in a file without variants; {@code test} is mannWhitney unless given; {@code pValue} 0.05
 * unless given; {@code margin} is required by an equivalence and refused by mannWhitney, in decades
 * for finalLoss and minLoss, rounds for roundsTo, share for converged.
 */
final class AgreeReader {

    private static final Set<String> KEYS = Set.of("metric", "variant", "test", "pValue", "margin");
    private static final String METRICS = "finalLoss, minLoss, {roundsTo: LOSS} or {converged: LOSS}";

    private final Binder binder;

    AgreeReader(Binder binder) {
        this.binder = binder;
    }

    /**
     * @param variants       the file's variants ({@code default} in a file without them)
     * @param withReference  those that have a {@code reference:} (or whose reference has problems already
     *                       reported)
     */
    List<Agreement> read(Mapping top, List<String> variants, Set<String> withReference, boolean declared) {
        List<Agreement> result = new ArrayList<>();
        binder.value(top, "agree").flatMap(n -> binder.sequence(n, "agree")).ifPresent(s -> {
            for (int i = 0; i < s.items().size(); i++) {
                String path = "agree[" + i + "]";
                binder.mapping(s.items().get(i), path).flatMap(m -> claim(m, path, variants, withReference, declared))
                        .ifPresent(result::add);
            }
        });
        return result;
    }

    private Optional<Agreement> claim(Mapping m, String path, List<String> variants, Set<String> withReference,
            boolean declared) {
        binder.allowOnly(m, path, KEYS);
        Optional<Metric> metric = metric(m, path);
        Optional<String> variant = variant(m, path, variants, withReference, declared);
        Optional<Agreement.Test> test = test(m, path);
        Optional<Double> p = pValue(m, path);
        Optional<OptionalDouble> margin = test.flatMap(t -> metric.flatMap(x -> margin(m, path, t, x)));
        if (metric.isEmpty() || variant.isEmpty() || test.isEmpty() || p.isEmpty() || margin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agreement(metric.get(), variant.get(), test.get(), p.get(), margin.get()));
    }

    private Optional<Metric> metric(Mapping m, String path) {
        Optional<YamlNode> node = binder.value(m, "metric");
        if (node.isEmpty()) {
            binder.problem(m.line(), path + ".metric", "is missing; expected " + METRICS);
            return Optional.empty();
        }
        if (node.get() instanceof Scalar s && "finalLoss".equals(s.text())) {
            return Optional.of(new Metric.FinalLoss());
        }
        if (node.get() instanceof Scalar s && "minLoss".equals(s.text())) {
            return Optional.of(new Metric.MinLoss());
        }
        if (node.get() instanceof Mapping r && r.entries().size() == 1) {
            String key = r.entries().keySet().iterator().next();
            YamlNode value = r.entries().get(key).value();
            String at = path + ".metric." + key;
            if (key.equals("roundsTo") && value instanceof Mapping to) {
                return roundsTo(to, at);
            }
            if (key.equals("roundsTo") || key.equals("converged")) {
                return binder.loss(value, at)
                        .map(loss -> key.equals("roundsTo") ? new Metric.RoundsTo(loss) : new Metric.Converged(loss));
            }
            if (key.equals("final") || key.equals("best")) {
                return binder.string(value, at).filter(name -> ofTheLoss(name, value.line(), at))
                        .map(name -> key.equals("final") ? new Metric.FinalLoss() : new Metric.MinLoss());
            }
        }
        binder.problem(node.get().line(), path + ".metric", "is " + node.get().kind() + ", but expected " + METRICS);
        return Optional.empty();
    }

    /** {@code roundsTo: {metric: loss, value: V}}, the general form of {@code roundsTo: V}. */
    private Optional<Metric> roundsTo(Mapping to, String path) {
        Optional<MetricAndValue> read = MetricAndValue.read(binder, to, path,
                "{metric: loss, value: LOSS}, or {roundsTo: LOSS}");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlNode metric = read.get().metric();
        YamlNode value = read.get().value();
        Optional<String> name = binder.string(metric, path + ".metric")
                .filter(n -> ofTheLoss(n, metric.line(), path + ".metric"));
        Optional<Double> loss = binder.loss(value, path + ".value");
        return name.isEmpty() || loss.isEmpty() ? Optional.empty() : Optional.of(new Metric.RoundsTo(loss.get()));
    }

    /**
     * Whether {@code name} is the loss: reference runs are loss curves alone (a tool's file of losses), so
     * an agreement on another curve has nothing to compare with; refused, with its line.
     */
    private boolean ofTheLoss(String name, int line, String path) {
        if (name.equals("loss")) {
            return true;
        }
        binder.problem(line, path, "is " + name + ", but reference runs hold a loss curve alone, so only the loss"
                + " can agree; expected loss, or one of " + METRICS);
        return false;
    }

    private Optional<String> variant(Mapping m, String path, List<String> variants, Set<String> withReference,
            boolean declared) {
        Optional<YamlNode> node = binder.value(m, "variant");
        if (node.isEmpty()) {
            if (!declared) {
                return reference(Variant.DEFAULT, m.line(), path, withReference);
            }
            binder.problem(m.line(), path + ".variant", "is missing; expected one of the variants with a reference "
                    + withReference.stream().sorted().toList());
            return Optional.empty();
        }
        Optional<String> name = binder.string(node.get(), path + ".variant");
        if (name.isPresent() && !variants.contains(name.get())) {
            binder.problem(node.get().line(), path + ".variant", "is '" + name.get() + "', but expected one of the"
                    + " variants " + variants);
            return Optional.empty();
        }
        return name.flatMap(n -> reference(n, node.get().line(), path, withReference));
    }

    private Optional<String> reference(String variant, int line, String path, Set<String> withReference) {
        if (withReference.contains(variant)) {
            return Optional.of(variant);
        }
        binder.problem(line, path + ".variant", "is '" + variant + "', which has no reference runs; expected a variant"
                + " with a reference: " + (withReference.isEmpty() ? "none has one (add reference: {json: FILES} to it)"
                        : withReference.stream().sorted().toList().toString()));
        return Optional.empty();
    }

    private Optional<Agreement.Test> test(Mapping m, String path) {
        Optional<YamlNode> node = binder.value(m, "test");
        if (node.isEmpty()) {
            return Optional.of(Agreement.Test.MANN_WHITNEY);
        }
        Optional<String> text = binder.string(node.get(), path + ".test");
        for (Agreement.Test t : Agreement.Test.values()) {
            if (text.isPresent() && t.id().equals(text.get())) {
                return Optional.of(t);
            }
        }
        text.ifPresent(t -> binder.problem(node.get().line(), path + ".test", "is '" + t + "', but expected one of "
                + Arrays.stream(Agreement.Test.values()).map(Agreement.Test::id).toList()));
        return Optional.empty();
    }

    private Optional<Double> pValue(Mapping m, String path) {
        Optional<YamlNode> node = binder.value(m, "pValue");
        if (node.isEmpty()) {
            return Optional.of(0.05);
        }
        Optional<Double> v = binder.number(node.get(), path + ".pValue");
        if (v.isPresent() && !(v.get() > 0 && v.get() < 0.5)) {
            // at 0.5 or more an equivalence's 1 - 2p interval is empty, and p = 1 is a claim no data can fail
            binder.problem(node.get().line(), path + ".pValue", "is " + v.get() + ", but expected more than 0 and less"
                    + " than 0.5, such as 0.05");
            return Optional.empty();
        }
        return v;
    }

    private Optional<OptionalDouble> margin(Mapping m, String path, Agreement.Test test, Metric metric) {
        Optional<YamlNode> node = binder.value(m, "margin");
        String unit = Agreement.marginUnit(metric);
        String expected = "{" + unit + ": X}";
        if (test == Agreement.Test.MANN_WHITNEY) {
            if (node.isPresent()) {
                binder.problem(node.get().line(), path + ".margin", "is given, but test mannWhitney takes no margin;"
                        + " expected test: equivalence for a margin");
                return Optional.empty();
            }
            return Optional.of(OptionalDouble.empty());
        }
        if (node.isEmpty()) {
            binder.problem(m.line(), path + ".margin", "is missing; expected " + expected + " for an equivalence of "
                    + metric);
            return Optional.empty();
        }
        if (!(node.get() instanceof Mapping u && u.entries().size() == 1 && u.entries().containsKey(unit))) {
            binder.problem(node.get().line(), path + ".margin", "is " + describe(node.get()) + ", but " + metric
                    + " takes its margin in " + unit + ": expected " + expected);
            return Optional.empty();
        }
        YamlNode value = u.entries().get(unit).value();
        Optional<Double> x = binder.number(value, path + ".margin." + unit);
        if (x.isPresent() && !(x.get() > 0 && (!unit.equals("share") || x.get() < 1))) {
            binder.problem(value.line(), path + ".margin." + unit, "is " + x.get() + ", but expected more than 0"
                    + (unit.equals("share") ? " and less than 1" : ""));
            return Optional.empty();
        }
        return x.map(OptionalDouble::of);
    }

    private static String describe(YamlNode node) {
        return node instanceof Mapping u ? "{" + String.join(", ", u.entries().keySet()) + ": ...}" : node.kind();
    }
}
