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
 */
public record JudgedExperiment(Experiment experiment, List<VariantResult> variants,
        List<ComparisonVerdict> comparisons, List<SweepVerdict> sweeps, List<AgreementVerdict> agreements) {

    public JudgedExperiment {
        variants = List.copyOf(variants);
        comparisons = List.copyOf(comparisons);
        sweeps = List.copyOf(sweeps);
        agreements = List.copyOf(agreements);
    }

    /** An experiment with its variants judged and no claims beyond their expectations. */
    public static JudgedExperiment of(Experiment experiment, List<VariantResult> variants) {
        return new JudgedExperiment(experiment, variants, List.of(), List.of(), List.of());
    }
}
