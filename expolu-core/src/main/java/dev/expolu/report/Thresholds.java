package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.CellClaim;
import dev.expolu.judge.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The losses of the seed table's "rounds to" columns: those the experiment's own claims name a round
 * reaching. A file that claims {@code roundsTo: {loss: 0.1}} is read against "rounds to 0.1"; a
 * column at 1e-6 would show "never" in every row and say nothing about the claim. The losses come from
 * {@code roundsTo} and {@code converged} metrics in expectations, {@code compare} and {@code agree}
 * claims, and the sweep's cell claims ({@code reached} of a rate, on the loss); highest first, the order a run
 * reaches them. Where the file names none, 1e-3 and 1e-6, the columns the report always had.
 */
final class Thresholds {

    static final List<Double> DEFAULT = List.of(1e-3, 1e-6);

    private Thresholds() {
    }

    static List<Double> of(Experiment experiment) {
        List<Metric> metrics = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        experiment.variants().stream().map(Variant::expectations).flatMap(List::stream)
                .forEach(e -> metrics.add(e.metric()));
        experiment.comparisons().forEach(c -> metrics.add(c.metric()));
        experiment.references().claims().forEach(a -> metrics.add(a.metric()));
        experiment.sweep().ifPresent(s -> s.claims().forEach(c -> {
            if (c.claim() instanceof CellClaim.Expect x) {
                metrics.add(x.expectation().metric());
            } else if (c.claim() instanceof CellClaim.Compare x) {
                metrics.add(x.comparison().metric());
            } else if (c.claim() instanceof CellClaim.Rate x) {
                metrics.add(x.target().rounds());
            }
        }));
        List<Double> found = Stream.concat(losses.stream(), metrics.stream().map(Thresholds::loss)
                .filter(l -> !Double.isNaN(l))).distinct().sorted(Comparator.reverseOrder()).toList();
        return found.isEmpty() ? DEFAULT : found;
    }

    /** The loss a metric is about reaching; NaN for one that is not. */
    private static double loss(Metric metric) {
        if (metric instanceof Metric.RoundsTo r) {
            return r.loss();
        }
        return metric instanceof Metric.Converged c ? c.loss() : Double.NaN;
    }
}
