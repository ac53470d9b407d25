package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.experiment.YamlNode.Scalar;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code compare}: claims about two variants, each tested over the seeds. */
final class CompareReader {

    private static final Set<String> KEYS = Set.of("metric", "lower", "than", "pValue");

    private final Binder binder;

    CompareReader(Binder binder) {
        this.binder = binder;
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
        int a = seeds.get(claim.get().lower());
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
        Optional<Metric> metric = metric(m, path);
        Optional<String> lower = binder.variant(m, "lower", path, variants);
        Optional<String> than = binder.variant(m, "than", path, variants);
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
        if (metric.isEmpty() || lower.isEmpty() || than.isEmpty()) {
            return Optional.empty();
        }
        if (lower.get().equals(than.get())) {
            binder.problem(m.line(), path, "compares " + lower.get() + " with itself; expected two variants");
            return Optional.empty();
        }
        return Optional.of(new Comparison(metric.get(), lower.get(), than.get(), p));
    }

    private Optional<Metric> metric(Mapping m, String path) {
        Optional<YamlNode> node = binder.value(m, "metric");
        if (node.isEmpty()) {
            binder.problem(m.line(), path + ".metric", "is missing; expected finalLoss, minLoss or {roundsTo: LOSS}");
            return Optional.empty();
        }
        if (node.get() instanceof Scalar s && "finalLoss".equals(s.text())) {
            return Optional.of(new Metric.FinalLoss());
        }
        if (node.get() instanceof Scalar s && "minLoss".equals(s.text())) {
            return Optional.of(new Metric.MinLoss());
        }
        if (node.get() instanceof Mapping r && r.entries().keySet().equals(Set.of("roundsTo"))) {
            return binder.loss(r.entries().get("roundsTo").value(), path + ".metric.roundsTo").map(Metric.RoundsTo::new);
        }
        binder.problem(node.get().line(), path + ".metric", "is " + node.get().kind()
                + ", but expected finalLoss, minLoss or {roundsTo: LOSS}");
        return Optional.empty();
    }
}
