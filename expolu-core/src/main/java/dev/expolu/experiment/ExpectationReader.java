package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads {@code seeds} and {@code expect}. */
final class ExpectationReader {

    private static final Set<String> ITEM = Set.of("finalLoss", "minLoss", "roundsTo", "final", "best", "seeds");
    private static final Set<String> METRICS = Set.of("finalLoss", "minLoss", "roundsTo", "final", "best");

    /** The most seeds a variant may have: each is a run with a record, and a list of them is made at load. */
    static final int MAX_SEEDS = 1_000_000;

    private final Binder binder;

    ExpectationReader(Binder binder) {
        this.binder = binder;
    }

    /** A list of seeds, or {from, count}; [1] where absent. */
    List<Long> seeds(Mapping m) {
        Optional<YamlNode> node = binder.value(m, "seeds");
        if (node.isEmpty()) {
            return List.of(1L);
        }
        if (node.get() instanceof Mapping range) {
            binder.allowOnly(range, "seeds", Set.of("from", "count"));
            Optional<Long> from = binder.value(range, "from").flatMap(n -> binder.integer(n, "seeds.from"));
            Optional<Integer> count = binder.integerAtLeast(range, "count", "seeds.count", 1, null, range.line());
            if (from.isEmpty() && !range.entries().containsKey("from")) {
                binder.problem(range.line(), "seeds.from", "is missing; expected the first seed");
            }
            if (count.isPresent() && count.get() > MAX_SEEDS) {
                binder.problem(binder.value(range, "count").orElseThrow().line(), "seeds.count", "is " + count.get()
                        + ", but expected at most " + MAX_SEEDS + " seeds a variant");
                return List.of(1L);
            }
            if (from.isEmpty() || count.isEmpty()) {
                return List.of(1L);
            }
            List<Long> seeds = new ArrayList<>();
            for (int i = 0; i < count.get(); i++) {
                seeds.add(from.get() + i);
            }
            return seeds;
        }
        Set<Long> seeds = new LinkedHashSet<>();
        binder.sequence(node.get(), "seeds").ifPresent(s -> {
            for (YamlNode item : s.items()) {
                binder.integer(item, "seeds").ifPresent(seed -> {
                    if (!seeds.add(seed)) {
                        binder.problem(item.line(), "seeds", "has " + seed + " twice; expected each seed once");
                    }
                });
            }
            if (s.items().isEmpty()) {
                binder.problem(s.line(), "seeds", "is empty; expected at least one seed");
            }
        });
        return seeds.isEmpty() ? List.of(1L) : List.copyOf(seeds);
    }

    List<Expectation> expectations(Mapping m, int seedCount) {
        return expectations(m, seedCount, List.of("loss"));
    }

    /**
     * As {@link #expectations(Mapping, int)}, for runs that report the curves {@code curves}; null where
     * they are not known (the trainer's class is the file's problem).
     */
    List<Expectation> expectations(Mapping m, int seedCount, List<String> curves) {
        Optional<YamlNode> node = binder.value(m, "expect");
        List<Expectation> result = new ArrayList<>();
        node.flatMap(n -> binder.sequence(n, "expect")).ifPresent(s -> {
            for (int i = 0; i < s.items().size(); i++) {
                String path = "expect[" + i + "]";
                binder.mapping(s.items().get(i), path).flatMap(item -> expectation(item, path, seedCount, curves))
                        .ifPresent(result::add);
            }
        });
        return result;
    }

    Optional<Expectation> expectation(Mapping item, String path, int seedCount, List<String> curves) {
        binder.allowOnly(item, path, ITEM);
        List<String> metrics = item.entries().keySet().stream().filter(METRICS::contains).toList();
        if (metrics.isEmpty() && METRICS.stream().anyMatch(k -> binder.misspelt(path + "." + k))) {
            return Optional.empty(); // the misspelt metric is the problem
        }
        if (metrics.size() != 1) {
            binder.problem(item.line(), path, "names " + (metrics.isEmpty() ? "no metric" : metrics)
                    + "; expected exactly one of " + METRICS);
            return Optional.empty();
        }
        String key = metrics.get(0);
        String metricPath = path + "." + key;
        Optional<Mapping> body = binder.mapping(item.entries().get(key).value(), metricPath);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        binder.allowOnly(body.get(), metricPath, switch (key) {
            case "roundsTo" -> Set.of("loss", "metric", "value", "atMost", "atLeast");
            case "final", "best" -> Set.of("metric", "atMost", "atLeast");
            default -> Set.of("atMost", "atLeast");
        });
        Optional<Metric> metric = switch (key) {
            case "finalLoss" -> Optional.of(new Metric.FinalLoss());
            case "minLoss" -> Optional.of(new Metric.MinLoss());
            case "final" -> curve(body.get(), metricPath, curves).map(Metric.Final::new);
            case "best" -> curve(body.get(), metricPath, curves).map(Metric.Best::new);
            default -> rounds(body.get(), metricPath, curves);
        };
        Optional<Bound> bound = bound(body.get(), metricPath);
        OptionalInt seeds = binder.atLeastOf(item, "seeds", path, seedCount, "the variant has only", "seed(s)");
        if (metric.isEmpty() || bound.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Expectation(metric.get(), bound.get(), seeds));
    }

    /** The curve a claim names, one the variant's runs report. */
    private Optional<String> curve(Mapping body, String path, List<String> curves) {
        Optional<YamlNode> node = binder.value(body, "metric");
        if (node.isEmpty()) {
            binder.problem(body.line(), path + ".metric", "is missing; expected "
                    + (curves == null ? "the name of a curve its runs report" : "one of the curves its runs report "
                    + curves));
            return Optional.empty();
        }
        Optional<String> name = binder.string(node.get(), path + ".metric");
        if (name.isPresent() && curves != null && !curves.contains(name.get())) {
            binder.problem(node.get().line(), path + ".metric", "is " + name.get() + ", but the variant's runs report "
                    + curves + "; expected one of those");
            return Optional.empty();
        }
        return name;
    }

    /** {@code roundsTo: {loss: L}}, or {@code roundsTo: {metric: NAME, value: V}} on a curve its runs report. */
    private Optional<Metric> rounds(Mapping body, String path, List<String> curves) {
        if (body.entries().containsKey("metric") || body.entries().containsKey("value")) {
            if (body.entries().containsKey("loss")) {
                binder.problem(body.line(), path, "has both loss and metric; expected {loss: LOSS} or {metric: NAME,"
                        + " value: VALUE}");
                return Optional.empty();
            }
            Optional<String> curve = curve(body, path, curves);
            Optional<Double> value = binder.value(body, "value").flatMap(v -> binder.number(v, path + ".value"));
            if (!body.entries().containsKey("value")) {
                binder.problem(body.line(), path + ".value", "is missing; expected the value of " + curve.orElse("the"
                        + " metric") + " to reach, such as 0.9");
            }
            return curve.isEmpty() || value.isEmpty() ? Optional.empty()
                    : Optional.of(new Metric.RoundsToValue(curve.get(), value.get()));
        }
        Optional<YamlNode> loss = binder.value(body, "loss");
        if (loss.isEmpty()) {
            binder.problem(body.line(), path + ".loss", "is missing; expected the loss to reach, such as 1.0e-3, or"
                    + " metric: and value: for another curve");
            return Optional.empty();
        }
        return binder.loss(loss.get(), path + ".loss").map(Metric.RoundsTo::new);
    }

    private Optional<Bound> bound(Mapping body, String path) {
        List<Bound.Kind> kinds = new ArrayList<>();
        for (Bound.Kind kind : Bound.Kind.values()) {
            if (body.entries().containsKey(kind.key())) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty() && (binder.misspelt(path + ".atMost") || binder.misspelt(path + ".atLeast"))) {
            return Optional.empty(); // the misspelt bound is the problem
        }
        if (kinds.size() != 1) {
            binder.problem(body.line(), path, "has " + (kinds.isEmpty() ? "no bound" : "both atMost and atLeast")
                    + "; expected exactly one of atMost, atLeast");
            return Optional.empty();
        }
        Bound.Kind kind = kinds.get(0);
        return binder.number(body.entries().get(kind.key()).value(), path + "." + kind.key())
                .map(v -> new Bound(kind, v));
    }
}
