package dev.expolu.report;

import dev.expolu.judge.Bound;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.record.RunRecord;
import java.util.List;
import java.util.OptionalInt;

/**
 * A variant's table of seeds: final and best loss, the rounds each took to the losses the file's claims
 * name ({@link Thresholds}), the final value of each curve its runs report beside the loss, wall time, and whether the seed met every expectation. A seed marked
 * "missed" under a variant headed "met" is one of the seeds its expectations allow to miss, as the
 * heading's counts say.
 */
final class SeedTable {

    private SeedTable() {
    }

    static String html(VariantResult v, List<Double> thresholds) {
        StringBuilder t = new StringBuilder("<table class=\"seeds\">\n<thead><tr><th>seed</th><th>final loss</th>"
                + "<th>best loss</th>");
        thresholds.forEach(loss -> t.append("<th>rounds to ").append(Bound.format(loss)).append("</th>"));
        List<String> metrics = MetricChart.names(v.runs());
        metrics.forEach(m -> t.append("<th>final ").append(HtmlReport.escape(m)).append("</th>"));
        t.append("<th>wall</th><th>expectations</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < v.runs().size(); i++) {
            RunRecord r = v.runs().get(i);
            t.append("<tr><td><span class=\"key\" style=\"background:").append(LossChart.color(i, v.runs().size()))
                    .append("\"></span>").append(r.seed()).append("</td>").append(finalLoss(r))
                    .append("<td>").append(Bound.format(r.minLoss())).append("</td>");
            thresholds.forEach(loss -> t.append("<td>").append(rounds(r.curve().roundsTo(loss))).append("</td>"));
            metrics.forEach(m -> t.append("<td>").append(r.curve().metric(m).map(c -> Bound.format(c.last()))
                    .orElse("none")).append("</td>"));
            t.append("<td>").append(Durations.format((long) (r.wallSeconds() * 1e9))).append("</td><td>")
                    .append(seedVerdict(v, r.seed())).append("</td></tr>\n");
        }
        return t.append("</tbody>\n</table>\n").toString();
    }

    /** The final loss's cell, or where the run diverged. */
    private static String finalLoss(RunRecord r) {
        return r.divergedAt().isPresent() ? "<td class=\"missed\">diverged at round " + r.divergedAt().getAsInt()
                + "</td>" : "<td>" + Bound.format(r.finalLoss()) + "</td>";
    }

    private static String seedVerdict(VariantResult v, long seed) {
        if (v.verdicts().isEmpty()) {
            return "none";
        }
        boolean all = v.verdicts().stream().allMatch(e -> e.seeds().stream()
                .filter(s -> s.seed() == seed).allMatch(ExpectationVerdict.SeedFigure::met));
        return all ? "<span class=\"met\">met</span>" : "<span class=\"missed\">missed</span>";
    }

    private static String rounds(OptionalInt rounds) {
        return rounds.isPresent() ? String.valueOf(rounds.getAsInt()) : "never";
    }
}
