package dev.expolu.judge;

import dev.expolu.record.RunRecord;
import java.util.Comparator;
import java.util.List;

/** Judges a variant's runs against its expectations. */
public final class Judge {

    private Judge() {
    }

    public static List<ExpectationVerdict> judge(List<Expectation> expectations, List<RunRecord> runs) {
        List<RunRecord> bySeed = runs.stream().sorted(Comparator.comparingLong(RunRecord::seed)).toList();
        return expectations.stream().map(e -> new ExpectationVerdict(e, bySeed.stream().map(r -> {
            var value = e.metric().of(r.curve());
            return new ExpectationVerdict.SeedFigure(r.seed(), value, e.bound().isMetBy(value));
        }).toList())).toList();
    }
}
