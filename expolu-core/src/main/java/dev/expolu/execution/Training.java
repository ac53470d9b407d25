package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.NetworkSetup;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Variant;
import dev.expolu.judge.ExperimentVerdict;
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
 * {@link #run} does it in this JVM; a forked JVM runs {@link #train} and its parent {@link #gate}s the
 * records; {@code expolu:report} {@link #conclude}s from them, the judging itself {@link Judge}'s.
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
        return gate(experiments, records, request, log);
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
        return conclude(experiments, recorded(experiments, request, log), request, log);
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
     * Judges, summarises and renders the HTML report: {@code expolu:report}, and a test's result. No lock
     * is read or written, and no Surefire XML.
     */
    public static TrainResult conclude(List<Experiment> experiments, List<RunRecord> records, TrainRequest request,
            TrainingLog log) throws IOException {
        return conclude(experiments, records, request, log, judged -> judged);
    }

    /**
     * After training: judges and summarises, holds each experiment to its lock (unless {@code expolu.lock}
     * is off), writes its Surefire XML, then the HTML report.
     */
    public static TrainResult gate(List<Experiment> experiments, List<RunRecord> records, TrainRequest request,
            TrainingLog log) throws IOException {
        return conclude(experiments, records, request, log, judged -> gate(judged, request, log));
    }

    /** What follows an experiment's judging before the HTML report: nothing, or its gate. */
    private interface Step {
        JudgedExperiment apply(JudgedExperiment judged) throws IOException;
    }

    private static TrainResult conclude(List<Experiment> experiments, List<RunRecord> records, TrainRequest request,
            TrainingLog log, Step then) throws IOException {
        List<JudgedExperiment> judged = new ArrayList<>();
        for (Experiment experiment : experiments) {
            List<RunRecord> mine = records.stream().filter(r -> r.experiment().equals(experiment.name())).toList();
            judged.add(mine.isEmpty() ? JudgedExperiment.of(experiment, List.of())
                    : then.apply(judge(experiment, mine, log)));
        }
        Path html = HtmlReport.write(request.reportsDirectory(), judged);
        log.info("Report: " + html);
        return new TrainResult(judged.stream().flatMap(j -> j.variants().stream()).toList(),
                judged.stream().flatMap(j -> j.lockFailures().stream()).toList(), judged);
    }

    /** The experiment's claims judged on its runs, with its summary in the log. */
    private static JudgedExperiment judge(Experiment experiment, List<RunRecord> runs, TrainingLog log) {
        ExperimentVerdict verdict = Judge.conclude(experiment.claims(), runs);
        List<VariantResult> variants = new ArrayList<>();
        for (Variant variant : experiment.variants()) {
            verdict.expectationsOf(variant.id()).ifPresent(e -> variants.add(new VariantResult(experiment, variant,
                    runs.stream().filter(r -> r.variantId().equals(variant.id())).toList(), e)));
        }
        SummaryTable.of(experiment, variants).lines().forEach(log::info);
        verdict.comparisons().forEach(c -> log.info("  compare: " + c.describe()));
        verdict.sweeps().forEach(v -> log.info("  across: " + v.describe()));
        verdict.agreements().forEach(a -> log.info("  agree: " + a.describe()));
        return new JudgedExperiment(experiment, variants, verdict.comparisons(), verdict.sweeps(),
                verdict.agreements());
    }

    /** Holds the experiment to its lock where locks are on, and writes its Surefire XML. */
    private static JudgedExperiment gate(JudgedExperiment judged, TrainRequest request, TrainingLog log)
            throws IOException {
        Optional<LockOutcome> locked = request.lockMode() == LockMode.OFF ? Optional.empty()
                : Optional.of(Locks.apply(judged.experiment(), judged.variants().stream()
                        .flatMap(v -> v.runs().stream()).toList(), request.lockMode(), log));
        SurefireReport.write(request.reportsDirectory(), judged, locked);
        return locked.map(l -> judged.withLockFailures(l.failures())).orElse(judged);
    }
}
