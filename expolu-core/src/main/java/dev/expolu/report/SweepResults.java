package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.SweepJudge;
import dev.expolu.judge.SweepVerdict;
import java.util.List;

/** A swept experiment's {@code across} claims judged on its variants' runs: what the log, the XML and the page show. */
public final class SweepResults {

    private SweepResults() {
    }

    /** The verdicts of the experiment's {@code across} claims; none where it has no sweep. */
    public static List<SweepVerdict> verdicts(Experiment experiment, List<VariantResult> variants) {
        return experiment.sweep().map(s -> SweepJudge.judge(s.claims(), s.cells(),
                variants.stream().flatMap(v -> v.runs().stream()).toList())).orElse(List.of());
    }
}
