package dev.expolu.assertj;

import dev.expolu.execution.TrainResult;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.Judge;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.report.JudgedExperiment;
import dev.expolu.report.VariantResult;
import dev.expolu.training.LossCurve;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An experiment with curves chosen by hand, judged as {@code Judge.conclude} judges trained ones:
 * every figure of the assertions' messages can be worked out from here.
 *
 * <pre>
 *          roundsTo(1e-3)   finalLoss
 * fast 1        2             1e-7
 * fast 2        3             1e-6
 * fast 3        4             1e-5
 * fast 4      never           0.05
 * slow 1        5             1e-4
 * slow 2      never           0.6
 * slow 3      never           0.8
 * slow 4      never           0.96
 * </pre>
 */
final class Fixtures {

    static final Map<String, double[][]> CURVES = Map.of(
            "fast", new double[][] {
                {1, 1e-4, 1e-5, 1e-6, 1e-7},
                {1, 0.1, 1e-4, 1e-5, 1e-6},
                {1, 0.1, 0.01, 1e-4, 1e-5},
                {1, 0.5, 0.2, 0.1, 0.05}},
            "slow", new double[][] {
                {1, 0.9, 0.5, 0.1, 1e-4},
                {1, 0.9, 0.8, 0.7, 0.6},
                {1, 0.95, 0.9, 0.85, 0.8},
                {1, 0.99, 0.98, 0.97, 0.96}});

    private Fixtures() {
    }

    /** The experiment the curves belong to, as a builder states it; never trained. */
    static ExperimentBuilder contrast() {
        return Expolu.experiment("contrast")
                .data(d -> d.points(new double[][] {{-1, 2}, {0, 0}, {1, 2}}))
                .model(m -> m.layers(2).width(4).activation("expolu"))
                .training(t -> t.rounds(5).dtype("float64"))
                .seedsFrom(1, 4)
                .variant("fast", v -> v.expect(e -> e.roundsTo(1e-3).atMost(4)))
                .variant("slow", v -> v.model(m -> m.activation("relu")).expect(e -> e.finalLoss().atMost(1)))
                .compare(c -> c.roundsTo(1e-3).lower("fast").than("slow").pValue(0.05));
    }

    /** The result of {@link #contrast()} with the curves above. */
    static ExperimentResult result() {
        Experiment experiment = contrast().build();
        List<VariantResult> variants = new ArrayList<>();
        for (Variant variant : experiment.variants()) {
            List<RunRecord> runs = new ArrayList<>();
            double[][] curves = CURVES.get(variant.name());
            for (int i = 0; i < curves.length; i++) {
                runs.add(record(experiment, variant, i + 1, curves[i]));
            }
            variants.add(new VariantResult(experiment, variant, runs, Judge.judge(variant.expectations(), runs)));
        }
        return new ExperimentResult(experiment,
                new TrainResult(variants, List.of(), List.of(new JudgedExperiment(experiment, variants,
                        Judge.conclude(experiment.claims(), variants.stream().flatMap(v -> v.runs().stream())
                                .toList()).comparisons(), List.of(), List.of()))));
    }

    private static RunRecord record(Experiment experiment, Variant variant, long seed, double[] losses) {
        return RunRecord.of(experiment.name(), variant.name(), seed, new LossCurve(losses), 0.01,
                experiment.file().toString(), experiment.sha256(), variant.setup().spec(seed).setup(),
                new Provenance("test", "test", "fused", "jvm", "float64", 1, "none", "java", "os", "arch"));
    }
}
