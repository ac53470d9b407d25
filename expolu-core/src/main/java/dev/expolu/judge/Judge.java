package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges an experiment's runs against its claims ({@link #conclude}), and a variant's against its
 * expectations ({@link #judge}). A run whose loss became NaN or infinite
 * (diverged) meets none: not {@code atMost} by a loss it reached before, not {@code atLeast} by a
 * loss it never reached. Nor does a run that does not report the curve the metric reads (a
 * trainer's {@code metrics()} are read again at each run, and a record may be older than the class):
 * its figure names the curve and those it does report.
 */
public final class Judge {

    private Judge() {
    }

    /**
     * Every claim of an experiment judged on its runs: each variant's expectations (of the variants that
     * have runs), the comparisons, the claims across a sweep's cells and the agreements with reference
     * runs. A claim on a variant without runs shows nothing, and fails.
     *
     * @param runs the experiment's runs, each naming its variant (and cell)
     */
    public static ExperimentVerdict conclude(ExperimentClaims claims, List<RunRecord> runs) {
        Map<String, List<RunRecord>> byVariant = new LinkedHashMap<>();
        runs.forEach(r -> byVariant.computeIfAbsent(r.variantId(), k -> new ArrayList<>()).add(r));
        Map<String, List<ExpectationVerdict>> expectations = new LinkedHashMap<>();
        claims.expectations().forEach((variant, expected) -> {
            if (byVariant.containsKey(variant)) {
                expectations.put(variant, judge(expected, byVariant.get(variant)));
            }
        });
        List<ComparisonVerdict> comparisons = claims.comparisons().stream().map(c -> ComparisonVerdict.of(c,
                byVariant.getOrDefault(c.better(), List.of()), byVariant.getOrDefault(c.than(), List.of()))).toList();
        List<AgreementVerdict> agreements = claims.agreements().stream().map(a -> AgreementVerdict.of(a,
                byVariant.getOrDefault(a.variant(), List.of()), claims.references().get(a.variant()))).toList();
        return new ExperimentVerdict(expectations, comparisons, SweepJudge.judge(claims.across(), claims.cells(), runs),
                agreements);
    }

    public static List<ExpectationVerdict> judge(List<Expectation> expectations, List<RunRecord> runs) {
        List<RunRecord> bySeed = runs.stream().sorted(Comparator.comparingLong(RunRecord::seed)).toList();
        return expectations.stream().map(e -> new ExpectationVerdict(e, bySeed.stream().map(r -> figure(e, r))
                .toList())).toList();
    }

    /** A run's figure: one that does not report the metric's curve misses, saying what it reports. */
    private static ExpectationVerdict.SeedFigure figure(Expectation e, RunRecord r) {
        var value = e.metric().of(r.curve());
        var diverged = r.curve().divergedAt();
        var unreported = e.metric().unreportedBy(r.curve());
        return new ExpectationVerdict.SeedFigure(r.seed(), value, diverged.isEmpty() && unreported.isEmpty()
                && e.bound().isMetBy(value), diverged, unreported);
    }
}
