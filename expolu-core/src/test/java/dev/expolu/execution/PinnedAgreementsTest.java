package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.Judge;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockedRun;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.report.VariantResult;
import dev.expolu.training.LossCurve;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    static List<AgreementVerdict> judge(String name) throws Exception {
        Experiment experiment = ExperimentLoader.load(EXPERIMENTS.resolve(name + ".yaml"));
        LockFile lock = LockFile.read(EXPERIMENTS.resolve(name + ".lock.json"));
        List<VariantResult> results = experiment.variants().stream().map(v -> result(experiment, v, lock)).toList();
        List<AgreementVerdict> verdicts = Training.agree(experiment, results);
        verdicts.forEach(v -> System.out.println(name + ": " + v.describe()));
        return verdicts;
    }

    private static VariantResult result(Experiment experiment, Variant variant, LockFile lock) {
        List<RunRecord> runs = variant.seeds().stream().map(seed -> {
            LockedRun locked = lock.runs().get(variant.name() + "/seed-" + seed);
            return RunRecord.of(experiment.name(), variant.name(), seed, new LossCurve(locked.losses()), 0,
                    experiment.file().toString(), experiment.sha256(), Map.of(),
                    new Provenance("lock", "-", "fused", "jvm", "float32", "-", "17", "-", "-"));
        }).toList();
        return new VariantResult(experiment, variant, runs, Judge.judge(variant.expectations(), runs));
    }
}
