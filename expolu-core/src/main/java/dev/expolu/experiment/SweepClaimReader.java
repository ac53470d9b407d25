package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.judge.CellClaim;
import dev.expolu.judge.CellCondition;
import dev.expolu.judge.SweepClaim;
import dev.expolu.judge.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code across}: claims over a sweep's cells. Each item is one claim of the file's own kinds,
 * {@code expect} (a variant's expectation, with {@code variant:}) or {@code compare}, or a {@code rate}
 * (one variant reaches a loss, or a value of another curve, at least as often as another), each on a
 * metric its variants' runs report, with {@code where} (the cells it covers)
 * and {@code cells: {atLeast: k}} (how many of them must show it).
 */
final class SweepClaimReader {

    private static final Set<String> KEYS = Set.of("where", "cells", "expect", "compare", "rate");
    private static final List<String> CLAIMS = List.of("compare", "expect", "rate");

    private final Binder binder;
    private final Map<String, Map<String, Boolean>> curves;

    /** {@code curves}: each loaded variant's curves, for the metrics of its comparisons. */
    SweepClaimReader(Binder binder, Map<String, Map<String, Boolean>> curves) {
        this.binder = binder;
        this.curves = curves;
    }

    /**
     * @param seeds each variant's name and its number of seeds, in file order
     */
    List<SweepClaim> read(Mapping top, Optional<SweepReader.Grid> grid, Map<String, Integer> seeds) {
        Optional<YamlNode> node = binder.value(top, "across");
        if (node.isEmpty()) {
            return List.of();
        }
        if (grid.isEmpty()) {
            if (!top.entries().containsKey("sweep")) {
                binder.problem(top.entries().get("across").keyLine(), "across", "is set, but the file has no sweep;"
                        + " expected a sweep: of axes, such as {model.width: [64, 128]}, for claims across its cells");
            }
            return List.of();
        }
        List<SweepClaim> claims = new ArrayList<>();
        binder.sequence(node.get(), "across").ifPresent(s -> {
            for (int i = 0; i < s.items().size(); i++) {
                String path = "across[" + i + "]";
                binder.mapping(s.items().get(i), path).flatMap(m -> claim(m, path, grid.get(), seeds))
                        .ifPresent(claims::add);
            }
        });
        return claims;
    }

    private Optional<SweepClaim> claim(Mapping item, String path, SweepReader.Grid grid, Map<String, Integer> seeds) {
        binder.allowOnly(item, path, KEYS);
        List<String> kinds = CLAIMS.stream().filter(item.entries()::containsKey).toList();
        if (kinds.size() != 1) {
            binder.problem(item.line(), path, "names " + (kinds.isEmpty() ? "no claim" : kinds)
                    + "; expected exactly one of " + CLAIMS);
            return Optional.empty();
        }
        String kind = kinds.get(0);
        List<String> variants = List.copyOf(seeds.keySet());
        Optional<CellClaim> claim = binder.mapping(item.entries().get(kind).value(), path + "." + kind)
                .flatMap(body -> switch (kind) {
                    case "expect" -> expect(body, path + ".expect", seeds);
                    case "compare" -> new CompareReader(binder, curves).comparison(body, path + ".compare", seeds)
                            .map(CellClaim.Compare::new);
                    default -> rate(body, path + ".rate", variants);
                });
        Optional<List<CellCondition>> where = where(item, path, grid);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        int selected = (int) grid.cells().stream().filter(c -> where.get().stream().allMatch(w -> w.admits(c))).count();
        if (selected == 0) {
            binder.problem(item.entries().get("where").value().line(), path + ".where", "selects no cell of the sweep"
                    + "; expected conditions that some cell meets");
            return Optional.empty();
        }
        OptionalInt cells = binder.atLeastOf(item, "cells", path, selected, "the claim covers only", "cell(s)");
        return claim.map(c -> new SweepClaim(where.get(), cells, c));
    }

    private Optional<CellClaim> expect(Mapping body, String path, Map<String, Integer> seeds) {
        Optional<String> variant = binder.variant(body, "variant", path, List.copyOf(seeds.keySet()));
        Map<String, YamlNode.Entry> rest = new LinkedHashMap<>(body.entries());
        rest.remove("variant");
        List<String> reported = variant.map(curves::get).map(c -> List.copyOf(c.keySet())).orElse(null);
        var expectation = new ExpectationReader(binder).expectation(new Mapping(rest, body.line()), path,
                variant.map(seeds::get).orElse(Integer.MAX_VALUE), reported);
        return variant.isEmpty() || expectation.isEmpty() ? Optional.empty()
                : Optional.of(new CellClaim.Expect(variant.get(), expectation.get()));
    }

    /**
     * {@code rate: {reached: LOSS, of: A, atLeast: B}}, or {@code reached: {metric: NAME, value: V}} on a
     * curve both variants report, reached in its own direction.
     */
    private Optional<CellClaim> rate(Mapping body, String path, List<String> variants) {
        binder.allowOnly(body, path, Set.of("reached", "of", "atLeast"));
        Optional<String> of = binder.variant(body, "of", path, variants);
        Optional<String> atLeast = binder.variant(body, "atLeast", path, variants);
        Optional<YamlNode> reached = binder.value(body, "reached");
        if (!body.entries().containsKey("reached")) {
            binder.problem(body.line(), path + ".reached", "is missing; expected the loss a run must reach, such as"
                    + " 1.0e-3, or {metric: METRIC, value: VALUE}");
        }
        Optional<Target> target = reached.flatMap(n -> target(n, path + ".reached", of, atLeast));
        if (target.isEmpty() || of.isEmpty() || atLeast.isEmpty()) {
            return Optional.empty();
        }
        if (of.get().equals(atLeast.get())) {
            binder.problem(body.line(), path, "compares " + of.get() + " with itself; expected two variants");
            return Optional.empty();
        }
        return Optional.of(new CellClaim.Rate(target.get(), of.get(), atLeast.get()));
    }

    private Optional<Target> target(YamlNode node, String path, Optional<String> of, Optional<String> atLeast) {
        if (!(node instanceof Mapping to)) {
            return binder.loss(node, path).map(Target::loss);
        }
        return new CompareMetricReader(binder, curves).target(to, path, of, atLeast);
    }

    /** The conditions of {@code where}; none where absent; empty where a problem was recorded. */
    private Optional<List<CellCondition>> where(Mapping item, String path, SweepReader.Grid grid) {
        Optional<YamlNode> node = binder.value(item, "where");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        Optional<Mapping> where = binder.mapping(node.get(), path + ".where");
        if (where.isEmpty()) {
            return Optional.empty();
        }
        int before = binder.problems().size();
        List<CellCondition> conditions = new ArrayList<>();
        where.get().entries().forEach((key, entry) -> {
            String at = path + ".where." + key;
            Optional<Axis> axis = grid.axes().stream().filter(a -> a.key().equals(key)).findFirst();
            if (axis.isEmpty()) {
                binder.problem(entry.keyLine(), at, "is not an axis of the sweep; expected one of "
                        + grid.axes().stream().map(Axis::key).toList());
            } else if (entry.value() instanceof Mapping bounds) {
                bounds(bounds, at, axis.get(), conditions);
            } else {
                is(entry.value(), at, axis.get()).ifPresent(conditions::add);
            }
        });
        return binder.problems().size() > before ? Optional.empty() : Optional.of(conditions);
    }

    private Optional<CellCondition> is(YamlNode node, String path, Axis axis) {
        Optional<String> text = binder.string(node, path).map(String::trim);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Object wanted = SweepReader.valueOf(text.get());
        for (int i = 0; i < axis.values().size(); i++) {
            Object value = axis.values().get(i);
            if (axis.labels().get(i).equals(text.get()) || value instanceof Number a && wanted instanceof Number b
                    && a.doubleValue() == b.doubleValue()) {
                return Optional.of(new CellCondition(axis.key(), CellCondition.Kind.IS, value));
            }
        }
        binder.problem(node.line(), path, "is " + text.get() + ", but expected one of the axis's values "
                + axis.labels());
        return Optional.empty();
    }

    private void bounds(Mapping bounds, String path, Axis axis, List<CellCondition> conditions) {
        binder.allowOnly(bounds, path, Set.of("atLeast", "atMost"));
        if (bounds.entries().isEmpty()) {
            binder.problem(bounds.line(), path, "is empty; expected a value, or atLeast, atMost or both");
            return;
        }
        if (!axis.numeric()) {
            binder.problem(bounds.line(), path, "has a bound, but the axis's values " + axis.labels()
                    + " are not all numbers; expected a value of them");
            return;
        }
        binder.value(bounds, "atLeast").flatMap(n -> binder.number(n, path + ".atLeast"))
                .ifPresent(v -> conditions.add(new CellCondition(axis.key(), CellCondition.Kind.AT_LEAST, v)));
        binder.value(bounds, "atMost").flatMap(n -> binder.number(n, path + ".atMost"))
                .ifPresent(v -> conditions.add(new CellCondition(axis.key(), CellCondition.Kind.AT_MOST, v)));
    }
}
