package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.Judge;
import dev.expolu.lock.LockMode;
import dev.expolu.network.Float32Tensor;
import dev.expolu.network.Precision;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.report.HtmlReport;
import dev.expolu.report.SummaryTable;
import dev.expolu.report.SurefireReport;
import dev.expolu.report.VariantResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return conclude(experiments, records, request, log, true);
    }

    /**
     * {@code expolu:report}: judges the records a training left and renders the report again,
     * training nothing. Runs without a record are left out and named.
     */
    public static TrainResult report(TrainRequest request, Consumer<String> log)
            throws ExperimentException, IOException {
        List<Experiment> experiments = Suite.load(request.experimentsDirectory(), request.includes());
        RunRecords store = new RunRecords(request.recordsDirectory());
        List<RunRecord> records = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Run run : experiments.stream().flatMap(e -> e.runs().stream()).toList()) {
            Path file = store.pathOf(run.experiment(), run.variant(), run.seed());
            if (Files.isRegularFile(file)) {
                records.add(RunRecords.read(file));
            } else {
                missing.add(run.id());
            }
        }
        if (!missing.isEmpty()) {
            log.accept("No record of " + missing.size() + " run(s), left out of the report (run expolu:train): "
                    + missing);
        }
        return conclude(experiments, records, request, log, false);
    }

    /** Judge, summarise, report; after training, also the Surefire XML and the locks. */
    private static TrainResult conclude(List<Experiment> experiments, List<RunRecord> records, TrainRequest request,
            Consumer<String> log, boolean trained) throws IOException {
        List<VariantResult> results = new ArrayList<>();
        for (Experiment experiment : experiments) {
            for (Variant variant : experiment.variants()) {
                List<RunRecord> mine = records.stream().filter(r -> r.experiment().equals(experiment.name())
                        && r.variant().equals(variant.name())).toList();
                if (!mine.isEmpty()) {
                    results.add(new VariantResult(experiment, variant, mine, Judge.judge(variant.expectations(), mine)));
                }
            }
        }
        List<String> lockMismatches = new ArrayList<>();
        List<ComparisonVerdict> comparisons = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<VariantResult> mine = results.stream().filter(r -> r.experiment() == experiment).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<ComparisonVerdict> compared = compare(experiment, mine);
            comparisons.addAll(compared);
            SummaryTable.of(experiment, mine).lines().forEach(log);
            compared.forEach(c -> log.accept("  compare: " + c.describe()));
            if (trained) {
                SurefireReport.write(request.reportsDirectory(), experiment, mine, compared);
                if (request.lockMode() != LockMode.OFF) {
                    lockMismatches.addAll(Locks.apply(experiment,
                            mine.stream().flatMap(v -> v.runs().stream()).toList(), request.lockMode(), log));
                }
            }
        }
        Path html = HtmlReport.write(request.reportsDirectory(), experiments, results, comparisons);
        log.accept("Report: " + html);
        return new TrainResult(results, lockMismatches, comparisons);
    }

    /** The experiment's {@code compare} claims, tested on its variants' runs. */
    public static List<ComparisonVerdict> compare(Experiment experiment, List<VariantResult> variants) {
        return experiment.comparisons().stream().map(c -> ComparisonVerdict.of(c, runsOf(variants, c.lower()),
                runsOf(variants, c.than()))).toList();
    }

    private static List<RunRecord> runsOf(List<VariantResult> variants, String name) {
        return variants.stream().filter(v -> v.variant().name().equals(name)).findFirst()
                .map(VariantResult::runs).orElse(List.of());
    }
}
