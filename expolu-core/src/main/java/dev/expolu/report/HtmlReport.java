package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.Bound;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.record.AtomicFiles;
import dev.expolu.record.RunRecord;
import dev.expolu.record.Versions;
import dev.expolu.stats.Wilson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code index.html}: one self-contained page (no network, no script or style from elsewhere) with,
 * per experiment, its description, every seed's loss curve per variant, a table of the seeds, the
 * expectations with the share of seeds that met each and its 95% Wilson interval, and the
 * comparisons between variants. A variant with reference runs has them drawn under its own curves (grey
 * dashes), both summarised side by side, and its {@code agree} verdicts.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** {@code index.html} in {@code directory}: a section per experiment, with its own verdicts. */
    public static Path write(Path directory, List<JudgedExperiment> experiments) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>expolu report</title>\n")
                .append("<style>\n").append(STYLE).append(PhaseDiagram.STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>expolu report</h1>\n<p class=\"meta\">expolu ").append(escape(Versions.expolu()))
                .append(", Deeplearning4j ").append(escape(Versions.dl4j())).append("</p>\n");
        for (JudgedExperiment judged : experiments) {
            html.append(section(judged.experiment(), judged.variants(), judged.comparisons(), judged.agreements()));
        }
        html.append("<script>\n").append(SCRIPT).append(PhaseDiagram.SCRIPT).append("</script>\n</body>\n</html>\n");
        return AtomicFiles.write(directory.resolve("index.html"),
                temporary -> Files.writeString(temporary, html, StandardCharsets.UTF_8));
    }

    private static String section(Experiment e, List<VariantResult> variants, List<ComparisonVerdict> comparisons,
            List<AgreementVerdict> agreements) {
        StringBuilder s = new StringBuilder();
        s.append("<section class=\"experiment\" id=\"").append(escape(e.name())).append("\">\n<h2>")
                .append(escape(e.name())).append("</h2>\n<p class=\"meta\">").append(escape(e.file().getFileName()
                        .toString())).append(", sha256 ").append(e.sha256(), 0, 12).append("</p>\n");
        if (!e.description().isBlank()) {
            s.append("<p class=\"description\">").append(escape(e.description())).append("</p>\n");
        }
        s.append(PhaseDiagram.open(e, variants));
        for (VariantResult v : variants) {
            var reference = e.references().of(v.variant().name());
            List<AgreementVerdict> agreed = agreements.stream()
                    .filter(a -> a.claim().variant().equals(v.variant().name())).toList();
            boolean met = v.passed() && agreed.stream().allMatch(AgreementVerdict::holds);
            boolean judged = !v.verdicts().isEmpty() || !agreed.isEmpty();
            s.append("<div class=\"variant\">\n<h3>").append(escape(v.variant().id())).append(" <span class=\"")
                    .append(!judged ? "meta\">no claims" : met ? "met\">met" : "missed\">missed").append("</span></h3>\n")
                    .append(LossChart.svg(v.runs(), reference.map(r -> r.runs()).orElse(List.of())))
                    .append(table(v)).append(verdicts(v));
            reference.ifPresent(r -> s.append("<h4>Against the reference runs</h4>\n")
                    .append(ReferenceSummary.html(v.variant().name(), v.runs(), r))
                    .append(claims(agreed)));
            s.append("</div>\n");
        }
        if (!comparisons.isEmpty()) {
            s.append("<h3>Comparisons</h3>\n<ul class=\"verdicts\">\n");
            for (ComparisonVerdict c : comparisons) {
                s.append("<li class=\"").append(c.holds() ? "met" : "missed").append("\">")
                        .append(escape(c.describe())).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        s.append(PhaseDiagram.close(e));
        return s.append("</section>\n").toString();
    }

    private static String claims(List<AgreementVerdict> agreements) {
        if (agreements.isEmpty()) {
            return "<p class=\"meta\">No agree claims: the reference runs are shown, nothing judged.</p>\n";
        }
        StringBuilder s = new StringBuilder("<ul class=\"verdicts agreements\">\n");
        for (AgreementVerdict a : agreements) {
            s.append("<li class=\"").append(a.holds() ? "met" : "missed").append("\">").append(escape(a.describe()))
                    .append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    private static String table(VariantResult v) {
        StringBuilder t = new StringBuilder("<table>\n<thead><tr><th>seed</th><th>final loss</th><th>best loss</th>"
                + "<th>rounds to 1e-3</th><th>rounds to 1e-6</th><th>wall</th><th>expectations</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < v.runs().size(); i++) {
            RunRecord r = v.runs().get(i);
            t.append("<tr><td><span class=\"key\" style=\"background:").append(LossChart.color(i, v.runs().size()))
                    .append("\"></span>").append(r.seed()).append("</td>").append(finalLoss(r))
                    .append("<td>").append(Bound.format(r.minLoss())).append("</td><td>")
                    .append(rounds(r.curve().roundsTo(1e-3))).append("</td><td>").append(rounds(r.curve().roundsTo(1e-6)))
                    .append("</td><td>").append(Durations.format((long) (r.wallSeconds() * 1e9))).append("</td><td>")
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

    private static String verdicts(VariantResult v) {
        if (v.verdicts().isEmpty()) {
            return "<p class=\"meta\">No expectations: trained and recorded, nothing judged.</p>\n";
        }
        StringBuilder s = new StringBuilder("<ul class=\"verdicts\">\n");
        for (ExpectationVerdict e : v.verdicts()) {
            Wilson w = Wilson.interval95(e.metCount(), e.seeds().size());
            s.append("<li class=\"").append(e.isMet() ? "met" : "missed").append("\">").append(escape(e.describe()))
                    .append(String.format(Locale.ROOT, "; share met %d/%d, 95%% Wilson interval %.2f to %.2f",
                            e.metCount(), e.seeds().size(), w.low(), w.high()))
                    .append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    private static String rounds(OptionalInt rounds) {
        return rounds.isPresent() ? String.valueOf(rounds.getAsInt()) : "never";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1000px; color: #222; }
            h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #ccc; } h3 { font-size: 15px; }
            .meta { color: #666; } .description { max-width: 72ch; }
            table { border-collapse: collapse; margin: 8px 0; } th, td { padding: 2px 10px; text-align: right; }
            th { border-bottom: 1px solid #999; } tbody tr:nth-child(odd) { background: #f4f4f4; }
            .key { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
            .met { color: #176f2c; } .missed { color: #b00020; font-weight: bold; }
            .chart .grid { stroke: #e4e4e4; } .chart .axis { stroke: #333; }
            .chart .tick { font-size: 11px; fill: #555; } .chart .axis-label { font-size: 12px; fill: #222; }
            .chart .legend { font-size: 11px; fill: #555; } h4 { font-size: 14px; margin-bottom: 2px; }
            .reference-summary td.who { text-align: left; }
            .reference-summary td { white-space: nowrap; } .reference-summary td.who { white-space: normal; }
            """;

    /**
     * Records, for a test in a real browser, how many curves (and reference curves) the browser laid out
     * with a size.
     */
    private static final String SCRIPT = """
            document.addEventListener('DOMContentLoaded', () => {
              const drawn = selector => {
                let count = 0;
                document.querySelectorAll(selector).forEach(p => {
                  const box = p.getBBox();
                  if (box.width > 0 && box.height > 0 && p.getTotalLength() > 0) { count++; }
                });
                return count;
              };
              document.body.setAttribute('data-drawn-curves', String(drawn('path.curve')));
              document.body.setAttribute('data-drawn-references', String(drawn('path.reference')));
            });
            """;
}
