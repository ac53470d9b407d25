package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code compare}: claims that one variant is better than another on a metric, each tested over the
 * seeds: {@code better: a, than: b}, or {@code lower: a, than: b} for a loss or rounds.
 */
final class CompareReader {

    private static final Set<String> KEYS = Set.of("metric", "better", "lower", "than", "pValue");

    private final Binder binder;
    private final CompareMetricReader metrics;

    /** {@code curves}: each loaded variant's curves ({@link Setup#curves()}), for the claims' metrics. */
    CompareReader(Binder binder, Map<String, Map<String, Boolean>> curves) {
        this.binder = binder;
        this.metrics = new CompareMetricReader(binder, curves);
    }

    /** The file's {@code compare} claims; {@code seeds}: each variant's number of seeds. */
    List<Comparison> read(Mapping top, Map<String, Integer> seeds) {
        List<Comparison> result = new ArrayList<>();
        binder.value(top, "compare").flatMap(n -> binder.sequence(n, "compare")).ifPresent(s -> {
            for (int i = 0; i < s.items().size(); i++) {
                String path = "compare[" + i + "]";
                binder.mapping(s.items().get(i), path).flatMap(m -> comparison(m, path, seeds)).ifPresent(result::add);
            }
        });
        return result;
    }

    /**
     * One claim, refused where its variants' seeds could never show it: with n and m seeds, a
     * one-sided rank test gives no p below 1 / C(n + m, n), whatever the runs do.
     */
    Optional<Comparison> comparison(Mapping m, String path, Map<String, Integer> seeds) {
        Optional<Comparison> claim = comparison(m, path, List.copyOf(seeds.keySet()));
        if (claim.isEmpty()) {
            return claim;
        }
        int a = seeds.get(claim.get().better());
        int b = seeds.get(claim.get().than());
        if (a == 0 || b == 0) {
            return claim; // a variant that did not load: its own problems say why
        }
        double least = 1 / binomial(a + b, a);
        if (least > claim.get().pValue()) {
            binder.problem(m.line(), path, "cannot show p <= " + Bound.format(claim.get().pValue()) + ": with " + a
                    + " and " + b + " seed(s) the least p a one-sided rank test gives is " + Bound.format(least)
                    + ", whatever the runs do; expected more seeds");
            return Optional.empty();
        }
        return claim;
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    private Optional<Comparison> comparison(Mapping m, String path, List<String> variants) {
        binder.allowOnly(m, path, KEYS);
        boolean lowerKey = m.entries().containsKey("lower");
        Optional<String> better = better(m, path, variants);
        Optional<String> than = binder.variant(m, "than", path, variants);
        Optional<CompareMetricReader.Directed> metric = metrics.read(m, path, better, than);
        double p = 0.05;
        Optional<YamlNode> pNode = binder.value(m, "pValue");
        if (pNode.isPresent()) {
            Optional<Double> v = binder.number(pNode.get(), path + ".pValue");
            if (v.isPresent() && !(v.get() > 0 && v.get() < 1)) {
                // p = 1 is a claim no data can fail: every p-value is at most 1
                binder.problem(pNode.get().line(), path + ".pValue", "is " + v.get() + ", but expected more than 0 and"
                        + " less than 1, such as 0.05");
                return Optional.empty();
            }
            p = v.orElse(p);
        }
        if (metric.isEmpty() || better.isEmpty() || than.isEmpty()) {
            return Optional.empty();
        }
        if (lowerKey && metric.get().higherIsBetter()) {
            binder.problem(m.entries().get("lower").value().line(), path + ".lower", "is " + better.get() + ", but "
                    + metric.get().metric() + " is better higher; did you mean better: " + better.get() + "?");
            return Optional.empty();
        }
        if (better.get().equals(than.get())) {
            binder.problem(m.line(), path, "compares " + better.get() + " with itself; expected two variants");
            return Optional.empty();
        }
        return Optional.of(new Comparison(metric.get().metric(), better.get(), than.get(), p,
                metric.get().higherIsBetter()));
    }

    /** The variant claimed better: {@code better}, or {@code lower} as claims on a loss or rounds say it. */
    private Optional<String> better(Mapping m, String path, List<String> variants) {
        boolean lower = m.entries().containsKey("lower");
        if (lower && m.entries().containsKey("better")) {
            binder.problem(m.line(), path, "has both better and lower; expected one: better: VARIANT, or lower:"
                    + " VARIANT for a loss or rounds");
            return Optional.empty();
        }
        return binder.variant(m, lower ? "lower" : "better", path, variants);
    }
}
