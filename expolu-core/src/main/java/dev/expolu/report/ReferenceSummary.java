package dev.expolu.report;

import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import dev.expolu.reference.ReferenceRun;
import dev.expolu.reference.ReferenceRuns;
import dev.expolu.stats.Median;
import dev.expolu.training.LossCurve;
import java.util.Arrays;
import java.util.List;

/**
 * A variant's runs and its reference runs summarised side by side, one row each: how many got below
 * 1e-3 and in how many rounds (the median, a run that never did counting as never), and the final and
 * best losses. For the HTML report's variant section and the end-of-build table.
 */
final class ReferenceSummary {

    /** The loss that counts as converged in the summary. */
    static final double CONVERGED = 1e-3;

    private ReferenceSummary() {
    }

    /** One side's figures. */
    record Figures(String who, int runs, int converged, String roundsMedian, String finalMedian, String finalBest,
            String finalWorst, String bestMedian) {

        String[] cells() {
            return new String[] {who, String.valueOf(runs), converged + " of " + runs, roundsMedian, finalMedian,
                finalBest, finalWorst, bestMedian};
        }
    }

    static final String[] HEADINGS = {"", "runs", "below 1e-3", "rounds to 1e-3: median", "final loss: median",
        "best", "worst", "best loss: median"};

    static Figures ours(String variant, List<RunRecord> runs) {
        return figures("these runs (" + variant + ")", runs.stream().map(RunRecord::curve).toList());
    }

    static Figures theirs(ReferenceRuns reference) {
        return figures("reference (" + reference.describe() + ")", reference.runs().stream().map(ReferenceRun::curve)
                .toList());
    }

    private static Figures figures(String who, List<LossCurve> curves) {
        double[] rounds = curves.stream().mapToDouble(c -> {
            var reached = c.roundsTo(CONVERGED);
            return c.divergedAt().isEmpty() && reached.isPresent() ? reached.getAsInt() : Double.POSITIVE_INFINITY;
        }).toArray();
        int converged = (int) Arrays.stream(rounds).filter(Double::isFinite).count();
        double[] finals = curves.stream().filter(c -> c.divergedAt().isEmpty()).mapToDouble(LossCurve::finalLoss)
                .sorted().toArray();
        double[] bests = curves.stream().filter(c -> c.divergedAt().isEmpty()).mapToDouble(LossCurve::minLoss)
                .toArray();
        double medianRounds = Median.of(rounds);
        boolean none = finals.length == 0;
        return new Figures(who, curves.size(), converged, rounds.length == 0 ? "-" : Double.isInfinite(medianRounds)
                ? "never" : Bound.format(medianRounds), none ? "-" : Bound.format(Median.of(finals)),
                none ? "-" : Bound.format(finals[0]), none ? "-" : Bound.format(finals[finals.length - 1]),
                none ? "-" : Bound.format(Median.of(bests)));
    }

    /** The two rows as an HTML table. */
    static String html(String variant, List<RunRecord> runs, ReferenceRuns reference) {
        StringBuilder t = new StringBuilder("<table class=\"reference-summary\">\n<thead><tr>");
        for (String h : HEADINGS) {
            t.append("<th>").append(HtmlReport.escape(h)).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        for (Figures f : List.of(ours(variant, runs), theirs(reference))) {
            t.append("<tr>");
            String[] cells = f.cells();
            for (int i = 0; i < cells.length; i++) {
                t.append(i == 0 ? "<td class=\"who\">" : "<td>").append(HtmlReport.escape(cells[i])).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }
}
