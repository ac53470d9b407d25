package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.ExpectationVerdict;
import dev.expolu.stats.Wilson;
import java.util.List;
import java.util.Locale;

/**
 * One experiment's {@code <section>}: its description, per variant the curves, the seed table and the
 * expectations' verdicts (and its reference runs, where it has some), then its comparisons. The same
 * markup stands on the experiment's own page and in the index.
 */
final class ExperimentSection {

    private ExperimentSection() {
    }

    static String html(JudgedExperiment judged) {
        Experiment e = judged.experiment();
        List<Double> thresholds = Thresholds.of(e);
        StringBuilder s = new StringBuilder();
        s.append("<section class=\"experiment\" id=\"").append(HtmlReport.escape(e.name())).append("\">\n<h2>")
                .append(HtmlReport.escape(e.name())).append("</h2>\n<p class=\"meta\">")
                .append(HtmlReport.escape(e.file().getFileName().toString())).append(", sha256 ")
                .append(e.sha256(), 0, 12).append("</p>\n");
        if (!e.description().isBlank()) {
            s.append("<p class=\"description\">").append(HtmlReport.escape(e.description())).append("</p>\n");
        }
        s.append(PhaseDiagram.open(e, judged.variants(), judged.sweeps()));
        for (VariantResult v : judged.variants()) {
            var reference = e.references().of(v.variant().name());
            List<AgreementVerdict> agreed = judged.agreements().stream()
                    .filter(a -> a.claim().variant().equals(v.variant().name())).toList();
            s.append("<div class=\"variant\">\n<h3>").append(HtmlReport.escape(v.variant().id()))
                    .append(VariantHeading.verdict(v, agreed)).append("</h3>\n")
                    .append(LossChart.svg(v.runs(), reference.map(r -> r.runs()).orElse(List.of())));
            MetricChart.names(v.runs()).forEach(name -> s.append(MetricChart.svg(name, v.runs())));
            s.append(SeedTable.html(v, thresholds))
                    .append(v.verdicts().isEmpty() ? VariantHeading.noExpectations(!agreed.isEmpty()
                            || compared(judged, v.variant().id())) : verdicts(v));
            reference.ifPresent(r -> s.append("<h4>Against the reference runs</h4>\n")
                    .append(ReferenceSummary.html(v.variant().name(), v.runs(), r))
                    .append(claims(agreed)));
            s.append("</div>\n");
        }
        if (!judged.comparisons().isEmpty()) {
            s.append("<h3>Comparisons</h3>\n<ul class=\"verdicts\">\n");
            for (ComparisonVerdict c : judged.comparisons()) {
                s.append("<li class=\"").append(c.holds() ? "met" : "missed").append("\">")
                        .append(HtmlReport.escape(c.describe())).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        s.append(PhaseDiagram.close(e));
        return s.append("</section>\n").toString();
    }

    private static boolean compared(JudgedExperiment judged, String variant) {
        return judged.comparisons().stream().anyMatch(c -> c.comparison().better().equals(variant)
                || c.comparison().than().equals(variant));
    }

    private static String claims(List<AgreementVerdict> agreements) {
        if (agreements.isEmpty()) {
            return "<p class=\"meta\">No agree claims: the reference runs are shown, nothing judged.</p>\n";
        }
        StringBuilder s = new StringBuilder("<ul class=\"verdicts agreements\">\n");
        for (AgreementVerdict a : agreements) {
            s.append("<li class=\"").append(a.holds() ? "met" : "missed").append("\">")
                    .append(HtmlReport.escape(a.describe())).append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }

    private static String verdicts(VariantResult v) {
        StringBuilder s = new StringBuilder("<ul class=\"verdicts\">\n");
        for (ExpectationVerdict e : v.verdicts()) {
            Wilson w = Wilson.interval95(e.metCount(), e.seeds().size());
            s.append("<li class=\"").append(e.isMet() ? "met" : "missed").append("\">")
                    .append(HtmlReport.escape(e.describe()))
                    .append(String.format(Locale.ROOT, "; share met %d/%d, 95%% Wilson interval %.2f to %.2f",
                            e.metCount(), e.seeds().size(), w.low(), w.high()))
                    .append("</li>\n");
        }
        return s.append("</ul>\n").toString();
    }
}
