package dev.expolu.report;

import dev.expolu.record.AtomicFiles;
import dev.expolu.record.Versions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report: self-contained pages (no network, no script or style from elsewhere). Each experiment has
 * its own page ({@link ExperimentPages}): its verdict, its description, every seed's loss curve per
 * variant, a table of the seeds, the expectations with the share of seeds that met each and its 95%
 * Wilson interval, and the comparisons ({@link ExperimentSection}). {@code index.html} opens with the
 * build's verdict ({@link Banner}), lists every experiment that has a page with its verdict, this build's
 * and those of earlier builds, then shows each one's section, so that a build of a few experiments keeps
 * the others' last results in view.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Each experiment's page in {@code directory/experiments}, then {@code index.html} in {@code directory}. */
    public static Path write(Path directory, List<JudgedExperiment> experiments) throws IOException {
        List<ExperimentPages.Entry> entries = new ArrayList<>();
        for (JudgedExperiment judged : experiments) {
            String name = judged.experiment().name();
            Verdict verdict = Verdict.of(judged);
            String section = ExperimentSection.html(judged);
            ExperimentPages.write(directory, name, page("expolu report: " + name, verdict.meta(),
                    "<p><a href=\"../index.html\">All experiments</a></p>\n" + Banner.html(List.of(verdict), 0)
                            + section));
            entries.add(new ExperimentPages.Entry(name, verdict, section, Optional.empty()));
        }
        Set<String> built = entries.stream().map(ExperimentPages.Entry::name).collect(Collectors.toSet());
        List<ExperimentPages.Entry> earlier = ExperimentPages.earlier(directory, built);
        entries.addAll(earlier);
        entries.sort(Comparator.comparing(ExperimentPages.Entry::name));
        String index = page("expolu report", "", Banner.html(experiments.stream().map(Verdict::of).toList(),
                earlier.size()) + ReportIndex.html(entries));
        return AtomicFiles.write(directory.resolve("index.html"),
                temporary -> Files.writeString(temporary, index, StandardCharsets.UTF_8));
    }

    private static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + head + "\n<title>"
                + escape(title) + "</title>\n<style>\n" + STYLE + PhaseDiagram.STYLE + "</style>\n</head>\n<body>\n"
                + "<h1>" + escape(title) + "</h1>\n<p class=\"meta\">expolu " + escape(Versions.expolu())
                + ", Deeplearning4j " + escape(Versions.dl4j()) + "</p>\n" + body + "<script>\n" + SCRIPT
                + PhaseDiagram.SCRIPT + "</script>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Headers never wrap: "below 1e-3" broken after "1e-" reads as two figures. */
    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; margin: 24px auto; max-width: 1000px; color: #222; }
            h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #ccc; } h3 { font-size: 15px; }
            .meta { color: #666; } .description { max-width: 72ch; }
            table { border-collapse: collapse; margin: 8px 0; } th, td { padding: 2px 10px; text-align: right; }
            th { border-bottom: 1px solid #999; white-space: nowrap; } tbody tr:nth-child(odd) { background: #f4f4f4; }
            .key { display: inline-block; width: 10px; height: 10px; margin-right: 6px; }
            .met { color: #176f2c; } .missed { color: #b00020; font-weight: bold; }
            .banner { padding: 8px 14px; margin: 12px 0; border-left: 6px solid #888; background: #f0f0f0; }
            .banner p { margin: 4px 0; } .banner p:first-child { font-size: 17px; font-weight: 600; }
            .banner.passed { border-color: #176f2c; background: #e6f4ea; color: #145a25; }
            .banner.failed { border-color: #b00020; background: #fde7ea; color: #8c0019; }
            .index td:first-child, .index th:first-child { text-align: left; } .earlier-note { font-style: italic; }
            .chart .grid { stroke: #e4e4e4; } .chart .axis { stroke: #333; }
            .chart .tick { font-size: 11px; fill: #555; } .chart .axis-label { font-size: 12px; fill: #222; }
            .chart .legend { font-size: 11px; fill: #555; } h4 { font-size: 14px; margin-bottom: 2px; }
            .reference-summary td.who { text-align: left; }
            .reference-summary td { white-space: nowrap; } .reference-summary td.who { white-space: normal; }
            """;

    /**
     * Records, for a test in a real browser, how many curves (and reference curves) the browser laid out
     * with a size, how many table headers it broke over more than one line, and the banner's box and
     * colour.
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
              const body = document.body;
              body.setAttribute('data-drawn-curves', String(drawn('path.curve')));
              body.setAttribute('data-drawn-references', String(drawn('path.reference')));
              let wrapped = 0;
              document.querySelectorAll('th').forEach(th => {
                const range = document.createRange();
                range.selectNodeContents(th);
                const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                if (lines.size > 1) { wrapped++; }
              });
              body.setAttribute('data-wrapped-headers', String(wrapped));
              const banner = document.getElementById('verdict');
              if (banner) {
                const b = banner.getBoundingClientRect();
                body.setAttribute('data-banner', [b.top + window.scrollY, b.height].map(v => v.toFixed(1)).join(' '));
                body.setAttribute('data-banner-background', getComputedStyle(banner).backgroundColor);
              }
              const section = document.querySelector('section.experiment');
              if (section) {
                body.setAttribute('data-first-section', (section.getBoundingClientRect().top + window.scrollY).toFixed(1));
              }
            });
            """;
}
