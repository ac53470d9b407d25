package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a sweep claim says of each cell it covers: a variant's expectation, a comparison of two
 * variants, or that one variant reaches a loss (or another curve's value) at least as often as another.
 * Each is judged on the cell's runs, by variant.
 */
public sealed interface CellClaim {

    /** The cell's verdict, from its runs by variant name. */
    CellVerdict judge(String cell, Map<String, List<RunRecord>> runs);

    /** The variants it speaks of. */
    List<String> variants();

    /** {@code expect: {variant: expolu, roundsTo: {loss: 1.0e-3, atMost: 300}}}: as a variant's {@code expect}. */
    record Expect(String variant, Expectation expectation) implements CellClaim {
        @Override
        public CellVerdict judge(String cell, Map<String, List<RunRecord>> runs) {
            List<RunRecord> mine = runs.getOrDefault(variant, List.of());
            if (mine.isEmpty()) {
                return new CellVerdict(cell, false, "no runs of " + variant);
            }
            ExpectationVerdict verdict = Judge.judge(List.of(expectation), mine).get(0);
            return new CellVerdict(cell, verdict.isMet(), verdict.describe());
        }

        @Override
        public List<String> variants() {
            return List.of(variant);
        }

        @Override
        public String toString() {
            return variant + ": " + expectation;
        }
    }

    /** {@code compare: {metric: ..., lower: expolu, than: relu}}: as a {@code compare} item. */
    record Compare(Comparison comparison) implements CellClaim {
        @Override
        public CellVerdict judge(String cell, Map<String, List<RunRecord>> runs) {
            ComparisonVerdict verdict = ComparisonVerdict.of(comparison, runs.getOrDefault(comparison.better(),
                    List.of()), runs.getOrDefault(comparison.than(), List.of()));
            String figures = verdict.describe();
            String head = comparison + ": ";
            return new CellVerdict(cell, verdict.holds(), figures.startsWith(head) ? figures.substring(head.length())
                    : figures);
        }

        @Override
        public List<String> variants() {
            return List.of(comparison.better(), comparison.than());
        }

        @Override
        public String toString() {
            return comparison.toString();
        }
    }

    /**
     * {@code rate: {reached: 1.0e-3, of: expolu, atLeast: relu}}: the share of {@code of}'s seeds that
     * reached the target ({@link Reached}) is at least {@code atLeast}'s; {@code reached: {metric:
     * accuracy, value: 0.9}} on another curve. Counted, not tested: where a claim needs the data to show
     * a difference, a comparison of {@code roundsTo} does. A run that does not report the curve fails
     * the cell, named.
     */
    record Rate(Target target, String of, String atLeast) implements CellClaim {

        /** A rate of reaching a loss of at most {@code loss}. */
        public Rate(double loss, String of, String atLeast) {
            this(Target.loss(loss), of, atLeast);
        }

        @Override
        public CellVerdict judge(String cell, Map<String, List<RunRecord>> runs) {
            List<RunRecord> a = runs.getOrDefault(of, List.of());
            List<RunRecord> b = runs.getOrDefault(atLeast, List.of());
            if (a.isEmpty() || b.isEmpty()) {
                return new CellVerdict(cell, false, "no runs of " + (a.isEmpty() ? of : atLeast));
            }
            List<String> unreported = Stream.concat(unreported(of, a), unreported(atLeast, b)).toList();
            if (!unreported.isEmpty()) {
                return new CellVerdict(cell, false, String.join("; ", unreported) + "; expected runs that report "
                        + target.curve());
            }
            int ka = Reached.count(a, target);
            int kb = Reached.count(b, target);
            boolean holds = (long) ka * b.size() >= (long) kb * a.size(); // ka/na >= kb/nb, exactly
            return new CellVerdict(cell, holds, of + " " + ka + " of " + a.size() + (holds ? ", " : ", but ")
                    + atLeast + " " + kb + " of " + b.size());
        }

        private Stream<String> unreported(String variant, List<RunRecord> runs) {
            return runs.stream().flatMap(r -> target.unreportedBy(r.curve())
                    .map(why -> variant + "'s seed " + r.seed() + " " + why).stream());
        }

        @Override
        public List<String> variants() {
            return List.of(of, atLeast);
        }

        /** "expolu reaches loss <= 1e-3 at least as often as relu". */
        @Override
        public String toString() {
            return of + " reaches " + target + " at least as often as " + atLeast;
        }
    }
}
