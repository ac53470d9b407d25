package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.Comparator;
import java.util.List;

/**
 * Judges a variant's runs against its expectations. A run whose loss became NaN or infinite
 * (diverged) meets none: not {@code atMost} by a loss it reached before, not {@code atLeast} by a
 * loss it never reached.
 */
public final class Judge {

    private Judge() {
    }

    public static List<ExpectationVerdict> judge(List<Expectation> expectations, List<RunRecord> runs) {
        List<RunRecord> bySeed = runs.stream().sorted(Comparator.comparingLong(RunRecord::seed)).toList();
        return expectations.stream().map(e -> new ExpectationVerdict(e, bySeed.stream().map(r -> {
            var value = e.metric().of(r.curve());
            var diverged = r.curve().divergedAt();
            return new ExpectationVerdict.SeedFigure(r.seed(), value, diverged.isEmpty() && e.bound().isMetBy(value),
                    diverged);
        }).toList())).toList();
    }
}
