package dev.expolu.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The index's list of experiments, each with its verdict and whether this build or an earlier one
 * judged it, then each one's section; an earlier one's is its page's as written, marked as such.
 */
final class ReportIndex {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportIndex() {
    }

    static String html(List<ExperimentPages.Entry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<table class=\"index\">\n<thead><tr><th>experiment</th><th>verdict</th>"
                + "<th>claims</th><th>judged</th></tr></thead>\n<tbody>\n");
        for (ExperimentPages.Entry e : entries) {
            String name = HtmlReport.escape(e.name());
            Verdict v = e.verdict();
            s.append("<tr data-experiment=\"").append(name).append("\" data-verdict=\"").append(v.word())
                    .append("\"><td><a href=\"#").append(name).append("\">").append(name).append("</a> (<a href=\"")
                    .append(ExperimentPages.FOLDER).append('/').append(name).append(".html\">own page</a>)</td><td>")
                    .append(v.failed() ? "<span class=\"missed\">failed</span>" : v.word().equals(Verdict.PASSED)
                            ? "<span class=\"met\">passed</span>" : v.word())
                    .append("</td><td>").append(v.counts()).append("</td><td>")
                    .append(e.earlier().map(t -> "earlier build, " + WHEN.format(t)).orElse("this build"))
                    .append("</td></tr>\n");
        }
        s.append("</tbody>\n</table>\n");
        for (ExperimentPages.Entry e : entries) {
            e.earlier().ifPresentOrElse(t -> s.append("<div class=\"earlier\">\n<p class=\"meta earlier-note\">")
                    .append(HtmlReport.escape(e.name())).append(": from an earlier build (").append(WHEN.format(t))
                    .append("), not in this one, so not judged again.</p>\n").append(e.section()).append("</div>\n"),
                    () -> s.append(e.section()));
        }
        return s.toString();
    }
}
