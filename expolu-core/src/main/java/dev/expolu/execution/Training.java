package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.NetworkSetup;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.AgreementVerdict;
import dev.expolu.judge.ComparisonVerdict;
import dev.expolu.judge.Judge;
import dev.expolu.lock.LockMode;
import dev.expolu.lock.LockOutcome;
import dev.expolu.network.Float32Tensor;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.report.HtmlReport;
import dev.expolu.report.JudgedExperiment;
import dev.expolu.report.SummaryTable;
import dev.expolu.report.SurefireReport;
import dev.expolu.report.SweepResults;
import dev.expolu.report.VariantResult;
import dev.expolu.run.Engine;
import dev.expolu.run.Precision;
import dev.expolu.training.FusedEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole job behind {@code expolu:train}: load, expand, train, judge, report, check the locks.
 * {@link #run} does it in this JVM; a forked JVM runs {@link #train} and its parent
 * {@link #conclude}s from the records.
 */
public final class Training {

    private Training() {
    }

    /** Loads, trains, judges and reports in this JVM. */
    public static TrainResult run(TrainRequest request, TrainingLog log)
            throws ExperimentException, InterruptedException, IOException {
        List<Experiment> experiments = Suite.load(request.experimentsDirectory(), request.includes(),
                request.projectClasses());
        List<RunRecord> records = train(experiments, request, log);
        return conclude(experiments, records, request, log, true);
    }

    /**
     * Trains the runs of {@code experiments} on the request's executor, writing each run's record as
     * it finishes. On this machine's threads the heap they need is planned first ({@link MemoryPlan}):
     * fewer train at once where {@code threads} of them do not fit, and nothing trains where one alone
     * does not.
     *
     * @throws ExecutorException where a run failed on its executor, naming it, or the executor cannot
     *                           be had or failed; the records written stay
     */
    public static List<RunRecord> train(List<Experiment> experiments, TrainRequest asked, TrainingLog caller)
            throws ExperimentException, InterruptedException, IOException {
        List<Run> runs = runs(experiments, asked);
        TrainingLog log = CellProgress.around(caller, experiments, runs);
        TrainRequest request = asked;
        if (asked.executor().isLocal() && asked.engine().filter(e -> e == Engine.CUDA).isEmpty()) {
            request = asked.withThreads(MemoryPlan.threads(experiments, asked.threads(), MemoryPlan.Heap.ofThisJvm(),
                    log));
        }
        try (RunExecutor executor = RunExecutors.create(request, log)) {
            log.info("Training " + runs.size() + " run(s) of " + experiments.size() + " experiment(s) "
                    + executor.describe());
            if (request.executor().isLocal() && !Float32Tensor.vectorized() && runs.stream().anyMatch(r ->
                    r.setup() instanceof NetworkSetup n && n.precision() == Precision.FLOAT32
                            && n.engine() != Engine.DL4J)) {
                log.warn("float32 kernels: plain Java, about 3x slower than vectors (the same bits); this JVM lacks"
                        + " --add-modules jdk.incubator.vector (expolu.fork=true gives the forked JVM it)");
            }
            Session session = new Session(new RunRecords(request.recordsDirectory()), executor, log,
                    request.cacheDirectory().map(RunCache::new), request.projectClasses());
            return session.train(runs);
        }
    }

    /**
     * Where every run is a fused one the run cache holds, takes them all from there in this JVM,
     * writing their records, and returns true: a build with nothing to train starts no training JVM.
     * False, with nothing written, where a run must train or its engine is known only by looking
     * (dl4j's backend, a GPU).
     */
    public static boolean takeAllFromCache(List<Experiment> experiments, TrainRequest request, TrainingLog caller)
            throws ExperimentException, InterruptedException, IOException {
        List<Run> runs = runs(experiments, request);
        if (request.cacheDirectory().isEmpty()) {
            caller.debug("No run cache (expolu.cache=false): every run trains");
            return false;
        }
        Optional<Run> looked = runs.stream().filter(r -> !(r.setup() instanceof NetworkSetup n)
                || n.engine() != Engine.FUSED).findFirst();
        if (looked.isPresent()) {
            caller.debug(looked.get().id() + " is not a fused run: its engine, and so its cache key, is known only"
                    + " where it trains; the run cache is looked up there");
            return false;
        }
        RunCache cache = new RunCache(request.cacheDirectory().get());
        FusedEngine fused = new FusedEngine();
        for (Run run : runs) {
            String key = RunCache.key(run.spec(), fused.arithmetic(((NetworkSetup) run.setup()).precision()));
            if (cache.get(key, run.setup().rounds()).isEmpty()) {
                caller.debug(run.id() + " is not in the run cache (key " + key + "): training starts");
                return false;
            }
        }
        TrainingLog log = CellProgress.around(caller, experiments, runs);
        log.info("Every one of the " + runs.size() + " run(s) is in the run cache: nothing to train, no training JVM"
                + " started");
        new Session(new RunRecords(request.recordsDirectory()), 1, request.progressInterval(), log, Optional.of(cache))
                .train(runs);
        return true;
    }

    /** The runs of {@code experiments}, each on {@code expolu.engine} where it is set. */
    private static List<Run> runs(List<Experiment> experiments, TrainRequest request) {
        return experiments.stream().flatMap(e -> e.runs().stream())
                .map(r -> request.engine().map(r::withEngine).orElse(r)).toList();
    }

    /**
     * {@code expolu:report}, and the parent of a forked training: judges the records of the runs
     * and renders the reports, training nothing. Runs without a record, or whose record was trained
     * with another setup than the file now gives them, are left out and named.
     */
    public static TrainResult report(TrainRequest request, TrainingLog log) throws ExperimentException, IOException {
        List<Experiment> experiments = Suite.load(request.experimentsDirectory(), request.includes(),
                request.projectClasses());
        return conclude(experiments, recorded(experiments, request, log), request, log, false);
    }

    /** The records the runs of {@code experiments} left; those missing are named in the log. */
    public static List<RunRecord> recorded(List<Experiment> experiments, TrainRequest request, TrainingLog log)
            throws IOException {
        RunRecords store = new RunRecords(request.recordsDirectory());
        List<RunRecord> records = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Run run : experiments.stream().flatMap(e -> e.runs().stream()).toList()) {
            Path file = store.pathOf(run.experiment(), run.cell(), run.variant(), run.seed());
            if (!Files.isRegularFile(file)) {
                missing.add(run.id());
                continue;
            }
            RunRecord record = RunRecords.read(file);
            if (RunRecords.trainedWith(record, run.spec().setup())) {
                records.add(record);
            } else {
                stale.add(run.id());
            }
        }
        if (!missing.isEmpty()) {
            log.warn("No record of " + missing.size() + " run(s), left out of the report (run expolu:train): "
                    + missing);
        }
        if (!stale.isEmpty()) {
            log.warn(stale.size() + " record(s) of runs whose setup changed since they were trained, left out of"
                    + " the report (run expolu:train): " + stale);
        }
        return records;
    }

    /**
     * Judge, summarise, report; after training ({@code trained}), also the Surefire XML and the
     * locks.
     */
    public static TrainResult conclude(List<Experiment> experiments, List<RunRecord> records, TrainRequest request,
            TrainingLog log, boolean trained) throws IOException {
        List<VariantResult> results = new ArrayList<>();
        for (Experiment experiment : experiments) {
            for (Variant variant : experiment.variants()) {
                List<RunRecord> mine = records.stream().filter(r -> r.experiment().equals(experiment.name())
                        && r.variantId().equals(variant.id())).toList();
                if (!mine.isEmpty()) {
                    results.add(new VariantResult(experiment, variant, mine, Judge.judge(variant.expectations(), mine)));
                }
            }
        }
        List<String> lockFailures = new ArrayList<>();
        List<JudgedExperiment> judged = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<VariantResult> mine = results.stream().filter(r -> r.experiment() == experiment).toList();
            if (mine.isEmpty()) {
                judged.add(JudgedExperiment.of(experiment, mine));
                continue;
            }
            JudgedExperiment verdicts = new JudgedExperiment(experiment, mine, compare(experiment, mine),
                    SweepResults.verdicts(experiment, mine), agree(experiment, mine));
            SummaryTable.of(experiment, mine).lines().forEach(log::info);
            verdicts.comparisons().forEach(c -> log.info("  compare: " + c.describe()));
            verdicts.sweeps().forEach(v -> log.info("  across: " + v.describe()));
            verdicts.agreements().forEach(a -> log.info("  agree: " + a.describe()));
            if (trained) {
                LockOutcome locked = request.lockMode() == LockMode.OFF ? null
                        : Locks.apply(experiment, mine.stream().flatMap(v -> v.runs().stream()).toList(),
                                request.lockMode(), log);
                SurefireReport.write(request.reportsDirectory(), verdicts, locked);
                if (locked != null) {
                    lockFailures.addAll(locked.failures());
                    verdicts = verdicts.withLockFailures(locked.failures());
                }
            }
            judged.add(verdicts);
        }
        Path html = HtmlReport.write(request.reportsDirectory(), judged);
        log.info("Report: " + html);
        return new TrainResult(results, lockFailures, judged);
    }

    /**
     * The experiment's {@code agree} claims, each tested on its variant's runs and reference runs; a
     * variant without runs (records missing) shows nothing and fails its claims.
     */
    public static List<AgreementVerdict> agree(Experiment experiment, List<VariantResult> variants) {
        return experiment.references().claims().stream().map(a -> AgreementVerdict.of(a, runsOf(variants,
                a.variant()), experiment.references().of(a.variant()).orElseThrow())).toList();
    }

    /** The experiment's {@code compare} claims, tested on its variants' runs. */
    public static List<ComparisonVerdict> compare(Experiment experiment, List<VariantResult> variants) {
        return experiment.comparisons().stream().map(c -> ComparisonVerdict.of(c, runsOf(variants, c.better()),
                runsOf(variants, c.than()))).toList();
    }

    private static List<RunRecord> runsOf(List<VariantResult> variants, String name) {
        return variants.stream().filter(v -> v.variant().id().equals(name)).findFirst()
                .map(VariantResult::runs).orElse(List.of());
    }
}
