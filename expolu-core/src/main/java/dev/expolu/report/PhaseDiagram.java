package dev.expolu.report;

import dev.expolu.experiment.Axis;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Sweep;
import dev.expolu.judge.Bound;
import dev.expolu.judge.CellClaim;
import dev.expolu.judge.Reached;
import dev.expolu.judge.SweepJudge;
import dev.expolu.judge.SweepVerdict;
import dev.expolu.judge.Target;
import dev.expolu.record.RunRecord;
import dev.expolu.run.Cell;
import dev.expolu.stats.FisherExact;
import dev.expolu.stats.Wilson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A swept experiment's phase diagram: per variant a heat map over the sweep's first two axes of the
 * share of seeds that reached a target (with its 95% Wilson interval in the cell), then the difference
 * of the first variant's share and each other's, framed and starred where Fisher's exact test gives
 * p &lt;= {@value #SIGNIFICANT}. A sweep of more axes is drawn as small multiples, one row of maps per
 * combination of the further axes' values. The target is each {@code rate} claim's {@code reached} (a
 * loss, or another curve's value), or a loss of 1e-3 where there is none. Then the {@code across}
 * claims' verdicts.
 */
final class PhaseDiagram {

    static final double SIGNIFICANT = 0.05;
    static final double DEFAULT_LOSS = 1e-3;

    private PhaseDiagram() {
    }

    /**
     * The diagram and the {@code across} claims' verdicts, opening a folded list of the cells' runs; empty
     * without a sweep.
     */
    static String open(Experiment experiment, List<VariantResult> variants, List<SweepVerdict> verdicts) {
        if (experiment.sweep().isEmpty()) {
            return "";
        }
        Sweep sweep = experiment.sweep().get();
        List<RunRecord> records = variants.stream().flatMap(v -> v.runs().stream()).toList();
        Map<String, Map<String, List<RunRecord>>> runs = SweepJudge.byCell(records);
        StringBuilder s = new StringBuilder("<div class=\"phase-diagram\">\n");
        for (Target target : targets(sweep)) {
            s.append("<h3>Phase diagram: the share of seeds that reached ").append(HtmlReport.escape(target.toString()))
                    .append("</h3>\n<p class=\"meta\">Per cell, how many seeds had a round's ")
                    .append(HtmlReport.escape(target.curve()))
                    .append(target.higherIsBetter() ? " at least " : " at most ").append(Bound.format(target.value()))
                    .append(" and never diverged, with the share's 95% Wilson interval");
            if (sweep.variants().size() > 1) {
                s.append("; then ").append(HtmlReport.escape(sweep.variants().get(0))).append("'s share minus each")
                        .append(" other variant's, framed and starred where Fisher's exact test (two-sided) gives p")
                        .append(" &lt;= ").append(SIGNIFICANT);
            }
            s.append(". Hover a cell for its figures.</p>\n<div class=\"legends\">")
                    .append(HeatMap.legend("share of seeds", 0, 1, HeatColors::share));
            if (sweep.variants().size() > 1) {
                s.append(HeatMap.legend("difference of shares", -1, 1, HeatColors::difference));
            }
            s.append("</div>\n");
            for (List<Integer> panel : panels(sweep)) {
                s.append("<div class=\"panel\">");
                if (sweep.axes().size() > 2) {
                    s.append("<h4>").append(HtmlReport.escape(panelTitle(sweep, panel))).append("</h4>");
                }
                s.append("<div class=\"maps\">\n");
                for (HeatMap map : maps(sweep, panel, runs, target)) {
                    s.append(map.svg());
                }
                s.append("</div></div>\n");
            }
        }
        if (!verdicts.isEmpty()) {
            s.append("<h3>Across the sweep</h3>\n<ul class=\"verdicts\">\n");
            for (SweepVerdict v : verdicts) {
                s.append("<li class=\"").append(v.holds() ? "met" : "missed").append("\">")
                        .append(HtmlReport.escape(v.describe())).append("</li>\n");
            }
            s.append("</ul>\n");
        }
        return s.append("</div>\n<details class=\"cells\"><summary>Each cell's runs: curves, seeds, expectations")
                .append("</summary>\n").toString();
    }

    /** Closes what {@link #open} opened. */
    static String close(Experiment experiment) {
        return experiment.sweep().isEmpty() ? "" : "</details>\n";
    }

    /** The targets whose shares are drawn: each rate claim's, else a loss of 1e-3. */
    static List<Target> targets(Sweep sweep) {
        List<Target> targets = sweep.claims().stream().filter(c -> c.claim() instanceof CellClaim.Rate)
                .map(c -> ((CellClaim.Rate) c.claim()).target()).distinct().toList();
        return targets.isEmpty() ? List.of(Target.loss(DEFAULT_LOSS)) : targets;
    }

    /** Every combination of the values of the axes after the first two; one empty one for two axes or fewer. */
    private static List<List<Integer>> panels(Sweep sweep) {
        List<List<Integer>> panels = new ArrayList<>(List.of(List.of()));
        for (Axis axis : sweep.axes().subList(Math.min(2, sweep.axes().size()), sweep.axes().size())) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> p : panels) {
                for (int i = 0; i < axis.values().size(); i++) {
                    List<Integer> q = new ArrayList<>(p);
                    q.add(i);
                    next.add(q);
                }
            }
            panels = next;
        }
        return panels;
    }

    private static String panelTitle(Sweep sweep, List<Integer> panel) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < panel.size(); i++) {
            Axis axis = sweep.axes().get(i + 2);
            parts.add(axis.key() + " = " + axis.labels().get(panel.get(i)));
        }
        return String.join(", ", parts);
    }

    private static List<HeatMap> maps(Sweep sweep, List<Integer> panel, Map<String, Map<String, List<RunRecord>>> runs,
            Target target) {
        boolean two = sweep.axes().size() >= 2;
        Axis rowAxis = two ? sweep.axes().get(0) : null;
        Axis colAxis = sweep.axes().get(two ? 1 : 0);
        int rows = two ? rowAxis.values().size() : 1;
        int cols = colAxis.values().size();
        Cell[][] grid = new Cell[rows][cols];
        for (Cell cell : sweep.cells()) {
            if (inPanel(sweep, cell, panel)) {
                int r = two ? rowAxis.values().indexOf(cell.values().get(rowAxis.key())) : 0;
                grid[r][colAxis.values().indexOf(cell.values().get(colAxis.key()))] = cell;
            }
        }
        String rowKey = two ? rowAxis.key() : "";
        List<String> rowLabels = two ? rowAxis.labels() : List.of("");
        List<HeatMap> maps = new ArrayList<>();
        for (String variant : sweep.variants()) {
            HeatMap.Square[][] squares = new HeatMap.Square[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    squares[r][c] = share(grid[r][c], variant, runsOf(runs, grid[r][c], variant), target);
                }
            }
            maps.add(new HeatMap(variant + panelId(panel), variant, "share", rowKey, rowLabels,
                    colAxis.key(), colAxis.labels(), squares));
        }
        String first = sweep.variants().get(0);
        for (String other : sweep.variants().subList(1, sweep.variants().size())) {
            HeatMap.Square[][] squares = new HeatMap.Square[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    squares[r][c] = difference(grid[r][c], first, runsOf(runs, grid[r][c], first), other,
                            runsOf(runs, grid[r][c], other), target);
                }
            }
            maps.add(new HeatMap(first + "-minus-" + other + panelId(panel), first + " \u2212 " + other,
                    "difference", rowKey, rowLabels, colAxis.key(), colAxis.labels(), squares));
        }
        return maps;
    }

    private static boolean inPanel(Sweep sweep, Cell cell, List<Integer> panel) {
        for (int i = 0; i < panel.size(); i++) {
            Axis axis = sweep.axes().get(i + 2);
            if (!axis.values().get(panel.get(i)).equals(cell.values().get(axis.key()))) {
                return false;
            }
        }
        return true;
    }

    private static String panelId(List<Integer> panel) {
        return panel.isEmpty() ? "" : "-" + String.join("-", panel.stream().map(String::valueOf).toList());
    }

    private static List<RunRecord> runsOf(Map<String, Map<String, List<RunRecord>>> runs, Cell cell, String variant) {
        return runs.getOrDefault(cell.name(), Map.of()).getOrDefault(variant, List.of());
    }

    private static final int[] NO_RUNS = {221, 221, 221};

    static HeatMap.Square share(Cell cell, String variant, List<RunRecord> runs, Target target) {
        if (runs.isEmpty()) {
            return new HeatMap.Square(cell.name(), Double.NaN, NO_RUNS, "-", "no runs", variant + " in " + cell.name()
                    + ": no runs recorded", false);
        }
        int k = Reached.count(runs, target);
        Wilson w = Wilson.interval95(k, runs.size());
        double share = k / (double) runs.size();
        return new HeatMap.Square(cell.name(), share, HeatColors.share(share), k + "/" + runs.size(),
                String.format(Locale.ROOT, "%.2f\u2013%.2f", w.low(), w.high()),
                String.format(Locale.ROOT, "%s in %s: %d of %d seeds reached %s (%.2f; 95%% Wilson interval %.2f to %.2f)",
                        variant, cell.name(), k, runs.size(), target, share, w.low(), w.high()), false);
    }

    static HeatMap.Square difference(Cell cell, String first, List<RunRecord> a, String other, List<RunRecord> b,
            Target target) {
        if (a.isEmpty() || b.isEmpty()) {
            return new HeatMap.Square(cell.name(), Double.NaN, NO_RUNS, "-", "no runs", first + " \u2212 " + other
                    + " in " + cell.name() + ": no runs of " + (a.isEmpty() ? first : other), false);
        }
        int ka = Reached.count(a, target);
        int kb = Reached.count(b, target);
        double d = ka / (double) a.size() - kb / (double) b.size();
        double p = FisherExact.twoSided(ka, a.size(), kb, b.size());
        boolean significant = p <= SIGNIFICANT;
        return new HeatMap.Square(cell.name(), d, HeatColors.difference(d),
                HeatMap.signed(d, true) + (significant ? "*" : ""), "p " + Bound.format(p),
                String.format(Locale.ROOT, "%s in %s: %s %d/%d \u2212 %s %d/%d = %s; Fisher's exact test, two-sided:"
                        + " p = %s%s", first + " \u2212 " + other, cell.name(), first, ka, a.size(), other, kb, b.size(),
                        HeatMap.signed(d, true), Bound.format(p), significant ? " (significant at " + SIGNIFICANT + ")"
                                : ""), significant);
    }

    static final String STYLE = """
            .phase-diagram .maps { display: flex; flex-wrap: wrap; gap: 12px 20px; }
            .phase-diagram .legends { display: flex; gap: 28px; align-items: center; }
            .phase-diagram .legend-label { font-size: 12px; color: #444; margin-left: 4px; }
            .heatmap .map-title { font-size: 13px; font-weight: 600; fill: #222; }
            .heatmap .axis-value { font-size: 11px; fill: #444; } .heatmap .axis-title { font-size: 12px; fill: #222; }
            .heatmap .cell-main { font-size: 13px; font-weight: 600; } .heatmap .cell-sub { font-size: 10px; }
            .heatmap text { pointer-events: none; } .legend .tick { font-size: 10px; fill: #444; }
            details.cells > summary { cursor: pointer; margin: 12px 0; font-weight: 600; }
            """;

    /**
     * Records, for a test in a real browser, how many heat-map cells the browser laid out with a size,
     * each one's box on the page and the fill it computed.
     */
    static final String SCRIPT = """
            document.addEventListener('DOMContentLoaded', () => {
              let laid = 0;
              document.querySelectorAll('rect.heat-cell').forEach(r => {
                const b = r.getBoundingClientRect();
                if (b.width > 0 && b.height > 0) { laid++; }
                r.setAttribute('data-box', [b.left + window.scrollX, b.top + window.scrollY, b.width, b.height]
                  .map(v => v.toFixed(1)).join(' '));
                r.setAttribute('data-computed-fill', getComputedStyle(r).fill);
              });
              let labels = 0;
              document.querySelectorAll('svg.heatmap text.axis-value, svg.heatmap text.axis-title').forEach(t => {
                const b = t.getBBox();
                if (b.width > 0 && b.height > 0) { labels++; }
              });
              document.body.setAttribute('data-heat-cells', String(laid));
              document.body.setAttribute('data-axis-labels', String(labels));
            });
            """;
}
