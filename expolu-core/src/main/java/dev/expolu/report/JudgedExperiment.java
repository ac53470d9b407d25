package dev.expolu.report;

import dev.expolu.experiment.Experiment;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.SweepVerdict;
import java.util.List;

/**
 * One experiment's results as judged: its variants' runs and expectations, and the verdicts of its
 * own claims. The reports take an experiment's verdicts from here, never by matching claims, which
 * two experiments may state alike.
 *
 * @param experiment  the experiment
 * @param variants    its variants that have runs, judged
 * @param comparisons its {@code compare} claims, tested
 * @param sweeps      its {@code across} claims, judged cell by cell
 * @param agreements  its {@code agree} claims, tested
 * @param lockFailures its lock's lines that fail the build: carried here so that the page's verdict
 *                     is the build's
 */
public record JudgedExperiment(Experiment experiment, List<VariantResult> variants,
        List<ComparisonVerdict> comparisons, List<SweepVerdict> sweeps, List<AgreementVerdict> agreements,
        List<String> lockFailures) {

    public JudgedExperiment {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
        sweeps = List.copyOf(sweeps);
        agreements = List.copyOf(agreements);
        lockFailures = List.copyOf(lockFailures);
    }

    /** Judged, before any lock is checked. */
    public JudgedExperiment(Experiment experiment, List<VariantResult> variants, List<ComparisonVerdict> comparisons,
            List<SweepVerdict> sweeps, List<AgreementVerdict> agreements) {
        this(experiment, variants, comparisons, sweeps, agreements, List.of());
    }

    /** The same verdicts, with the lines of its lock that fail the build. */
    public JudgedExperiment withLockFailures(List<String> failures) {
        return new JudgedExperiment(experiment, variants, comparisons, sweeps, agreements, failures);
    }

    /** An experiment with its variants judged and no claims beyond their expectations. */
    public static JudgedExperiment of(Experiment experiment, List<VariantResult> variants) {
        return new JudgedExperiment(experiment, variants, List.of(), List.of(), List.of());
    }
}
