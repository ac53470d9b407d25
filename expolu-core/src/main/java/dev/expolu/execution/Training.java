package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.Judge;
import dev.expolu.lock.LockMode;
import dev.expolu.network.Float32Tensor;
import dev.expolu.network.Precision;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.report.SummaryTable;
import dev.expolu.report.SurefireReport;
import dev.expolu.report.VariantResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The whole job behind {@code expolu:train}: load, expand, train, judge, report, check the locks. */
public final class Training {

    private Training() {
    }

    public static TrainResult run(TrainRequest request, Consumer<String> log)
            throws ExperimentException, InterruptedException, IOException {
        List<Experiment> experiments = Suite.load(request.experimentsDirectory(), request.includes());
        List<Run> runs = experiments.stream().flatMap(e -> e.runs().stream()).toList();
        log.accept("Training " + runs.size() + " run(s) of " + experiments.size() + " experiment(s) on "
                + request.threads() + " thread(s)");
        if (!Float32Tensor.vectorized() && runs.stream().anyMatch(r -> r.setup().precision() == Precision.FLOAT32)) {
            log.accept("float32 kernels: plain Java; for about 3x the speed (the same bits), give Maven's JVM"
                    + " --add-modules jdk.incubator.vector, e.g. in .mvn/jvm.config");
        }
        Session session = new Session(new RunRecords(request.recordsDirectory()), request.threads(),
                request.progressInterval(), log, request.cacheDirectory().map(RunCache::new));
        List<RunRecord> records = session.train(runs);
        List<VariantResult> results = new ArrayList<>();
        for (Experiment experiment : experiments) {
            for (Variant variant : experiment.variants()) {
                List<RunRecord> mine = records.stream().filter(r -> r.experiment().equals(experiment.name())
                        && r.variant().equals(variant.name())).toList();
                results.add(new VariantResult(experiment, variant, mine,
                        Judge.judge(variant.expectations(), mine)));
            }
        }
        List<String> lockMismatches = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<VariantResult> mine = results.stream().filter(r -> r.experiment() == experiment).toList();
            SummaryTable.of(experiment, mine).lines().forEach(log);
            SurefireReport.write(request.reportsDirectory(), experiment, mine);
            if (request.lockMode() != LockMode.OFF) {
                lockMismatches.addAll(Locks.apply(experiment, mine.stream().flatMap(v -> v.runs().stream()).toList(),
                        request.lockMode(), log));
            }
        }
        return new TrainResult(results, lockMismatches);
    }
}
