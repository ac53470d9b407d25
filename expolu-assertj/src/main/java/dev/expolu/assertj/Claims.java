package dev.expolu.assertj;

import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.judge.Judge;
import dev.expolu.judge.Metric;
import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The assertions' one way to the core's judge: a claim is a core {@link Expectation} or
 * {@link Comparison}, judged by {@link Judge} or {@link ComparisonVerdict} as the plugin judges the
 * file's, and said in the plugin's line, followed by the figure of every seed.
 */
final class Claims {

    private static final String NL = System.lineSeparator();

    private Claims() {
    }

    /**
     * Empty where {@code runs} meet {@code expectation}; else the plugin's line
     * ("experiment/variant: finalLoss <= 1e-7 in >= 8 of 8 seeds: 6 of 8 met it; seed 3: 4.2e-2, ...")
     * and every seed's figure.
     *
     * @param id "experiment/variant", or a run's id
     * @throws IllegalArgumentException where the expectation asks for more seeds than there are
     */
    static Optional<String> missed(String id, Expectation expectation, List<RunRecord> runs) {
        if (expectation.seedsAtLeast().orElse(1) < 1 || expectation.seedsAtLeast().orElse(0) > runs.size()) {
            throw new IllegalArgumentException("inAtLeast(" + expectation.seedsAtLeast().getAsInt() + ") seeds, but "
                    + id + " has " + runs.size() + " seed(s)");
        }
        ExpectationVerdict verdict = Judge.judge(List.of(expectation), runs).get(0);
        if (verdict.isMet()) {
            return Optional.empty();
        }
        return Optional.of(id + ": " + verdict.describe() + NL + "  every seed: " + verdict.seeds().stream()
                .map(s -> "seed " + s.seed() + ": " + s.unreported().orElseGet(() -> figure(s.value())))
                .collect(Collectors.joining(", ")));
    }

    /**
     * Empty where the runs show {@code comparison}; else the plugin's line ("claim: roundsTo(1e-3) lower
     * in expolu than in relu: p = 0.12, but expected p <= 0.01 (...)") and both variants' figures.
     */
    static Optional<String> notShown(Comparison comparison, VariantResult lower, VariantResult than) {
        List<RunRecord> a = bySeed(lower.runs());
        List<RunRecord> b = bySeed(than.runs());
        ComparisonVerdict verdict = ComparisonVerdict.of(comparison, a, b);
        if (verdict.holds()) {
            return Optional.empty();
        }
        return Optional.of(lower.experiment().name() + ": " + verdict.describe() + NL + "  " + comparison.better() + ": "
                + figures(comparison.metric(), a) + NL + "  " + comparison.than() + ": "
                + figures(comparison.metric(), b));
    }

    /** A level a comparison may be held to: more than 0, at most 1, as {@code compare[].pValue}. */
    static double level(double pValue) {
        if (!(pValue > 0 && pValue <= 1)) {
            throw new IllegalArgumentException("withPValueAtMost(" + pValue + "), but expected more than 0 and at"
                    + " most 1");
        }
        return pValue;
    }

    private static List<RunRecord> bySeed(List<RunRecord> runs) {
        return runs.stream().sorted(Comparator.comparingLong(RunRecord::seed)).toList();
    }

    private static String figures(Metric metric, List<RunRecord> runs) {
        return runs.stream().map(r -> "seed " + r.seed() + ": " + metric.unreportedBy(r.curve())
                .orElseGet(() -> figure(metric.of(r.curve())))).collect(Collectors.joining(", "));
    }

    /**
     * As the plugin writes a figure: 1e-7, 4.2e-2, 130; "never" for a loss never reached (a run that does
     * not report the curve says so instead).
     */
    private static String figure(OptionalDouble value) {
        return value.isPresent() ? Bound.format(value.getAsDouble()) : "never";
    }
}
