package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.Agreement;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.Judge;
import dev.expolu.judge.Judge;
import dev.expolu.judge.Metric;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockedRun;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import dev.expolu.training.LossCurve;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The pinned experiments' {@code agree} claims, judged on the curves their lock files hold (the runs
 * the gate trains again bit for bit), so every build checks them without training: each holds, and
 * the verdicts print with their figures.
 */
class PinnedAgreementsTest {

    static final Path EXPERIMENTS = Path.of("..", "experiments", "src", "experiments");

    @Test
    void seedClaimFullAgreesWithPyTorch() throws Exception {
        List<AgreementVerdict> verdicts = judge("seed-claim-full");
        assertThat(verdicts).hasSize(5).allSatisfy(v -> assertThat(v.holds()).as(v.describe()).isTrue());
        assertThat(verdicts.get(0).describe()).startsWith("roundsTo(1e-3) agrees between expolu and its reference"
                + " (PyTorch, 5 runs): p = ");
    }

    @Test
    void seedClaimCiAgreesWithPyTorchForExpoLU() throws Exception {
        List<AgreementVerdict> verdicts = judge("seed-claim-ci");
        assertThat(verdicts).hasSize(2).allSatisfy(v -> assertThat(v.holds()).as(v.describe()).isTrue());
    }

    /**
     * What seed-claim-ci's description and docs/pytorch.md say of ReLU at CI size: this port's ReLU gets
     * below 1e-3 more often and sooner than PyTorch's, which is why no claim of agreement is pinned for
     * it. Should re-pinned runs change that, the description and docs/pytorch.md change with it.
     */
    @Test
    void seedClaimCiReLUDiffersFromPyTorchAsDocumented() throws Exception {
        Experiment experiment = ExperimentLoader.load(EXPERIMENTS.resolve("seed-claim-ci.yaml"));
        LockFile lock = LockFile.read(EXPERIMENTS.resolve("seed-claim-ci.lock.json"));
        Variant relu = experiment.variants().get(1);
        AgreementVerdict verdict = AgreementVerdict.of(new Agreement(new Metric.RoundsTo(1e-3), "relu",
                Agreement.Test.MANN_WHITNEY, 0.05, OptionalDouble.empty()), result(experiment, relu, lock).runs(),
                experiment.references().of("relu").orElseThrow());
        System.out.println("seed-claim-ci, not pinned: " + verdict.describe());
        assertThat(verdict.holds()).isFalse();
        assertThat(verdict.describe()).startsWith("roundsTo(1e-3) differs between relu and its reference (PyTorch, 8"
                + " runs): p = 0.0204 two-sided");
    }

    static List<AgreementVerdict> judge(String name) throws Exception {
        Experiment experiment = ExperimentLoader.load(EXPERIMENTS.resolve(name + ".yaml"));
        LockFile lock = LockFile.read(EXPERIMENTS.resolve(name + ".lock.json"));
        List<VariantResult> results = experiment.variants().stream().map(v -> result(experiment, v, lock)).toList();
        List<AgreementVerdict> verdicts = Judge.conclude(experiment.claims(), results.stream()
                .flatMap(r -> r.runs().stream()).toList()).agreements();
        verdicts.forEach(v -> System.out.println(name + ": " + v.describe()));
        return verdicts;
    }

    private static VariantResult result(Experiment experiment, Variant variant, LockFile lock) {
        List<RunRecord> runs = variant.seeds().stream().map(seed -> {
            LockedRun locked = lock.runs().get(variant.name() + "/seed-" + seed);
            return RunRecord.of(experiment.name(), variant.name(), seed, new LossCurve(locked.losses()), 0,
                    experiment.file().toString(), experiment.sha256(), Map.of(),
                    new Provenance("lock", "-", "fused", "jvm", "float32", 1, "-", "17", "-", "-"));
        }).toList();
        return new VariantResult(experiment, variant, runs, Judge.judge(variant.expectations(), runs));
    }
}
