package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.Comparator;
import java.util.List;

/**
 * Judges a variant's runs against its expectations. A run whose loss became NaN or infinite
 * (diverged) meets none: not {@code atMost} by a loss it reached before, not {@code atLeast} by a
 * loss it never reached. Nor does a run that does not report the curve the metric reads (a
 * trainer's {@code metrics()} are read again at each run, and a record may be older than the class):
 * its figure names the curve and those it does report.
 */
public final class Judge {

    private Judge() {
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
