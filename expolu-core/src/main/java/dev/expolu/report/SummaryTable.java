package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import dev.expolu.stats.Median;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-of-build table of an experiment: per variant its seeds, how many met each expectation,
 * the median, best and worst final loss of the runs that stayed finite, and the wall time, and under a
 * variant with reference runs the same figures of those; under it, per variant, the runs that diverged
 * and the round where each did.
 */
public final class SummaryTable {

    private final List<String> lines;

    private SummaryTable(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    public static SummaryTable of(Experiment experiment, List<VariantResult> variants) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"variant", "seeds", "final loss: median", "best", "worst", "wall", "expectations"});
        List<String> diverged = new ArrayList<>();
        for (VariantResult v : variants) {
            double[] finals = v.runs().stream().filter(r -> r.divergedAt().isEmpty()).mapToDouble(RunRecord::finalLoss)
                    .sorted().toArray();
            boolean none = finals.length == 0;
            rows.add(new String[] {v.variant().id(), String.valueOf(v.runs().size()),
                none ? "-" : Bound.format(Median.of(finals)), none ? "-" : Bound.format(finals[0]),
                none ? "-" : Bound.format(finals[finals.length - 1]), Durations.format((long) (v.wallSeconds() * 1e9)),
                expectations(v)});
            experiment.references().of(v.variant().name()).ifPresent(r -> {
                ReferenceSummary.Figures f = ReferenceSummary.theirs(r);
                rows.add(new String[] {"  reference", String.valueOf(f.runs()), f.finalMedian(), f.finalBest(),
                    f.finalWorst(), "-", r.describe()});
            });
            List<String> runs = v.runs().stream().filter(r -> r.divergedAt().isPresent())
                    .map(r -> "seed " + r.seed() + " diverged at round " + r.divergedAt().getAsInt()).toList();
            if (!runs.isEmpty()) {
                diverged.add("  " + v.variant().id() + ": " + String.join(", ", runs));
            }
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Experiment " + experiment.name() + " (" + experiment.file().getFileName() + ")");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(String.format("%-" + widths[c] + "s", row[c]));
                if (c < row.length - 1) {
                    line.append("  ");
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.addAll(diverged);
        return new SummaryTable(lines);
    }

    public List<String> lines() {
        return lines;
    }

    private static String expectations(VariantResult v) {
        if (v.verdicts().isEmpty()) {
            return "none";
        }
        return String.join("; ", v.verdicts().stream().map(e -> e.expectation() + ": " + e.metCount() + " of "
                + e.seeds().size() + " (need " + e.required() + ")" + (e.isMet() ? "" : " MISSED")).toList());
    }

    @Override
    public String toString() {
        return String.join(System.lineSeparator(), lines);
    }
}
