package dev.expolu.execution;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.Engines.EngineUnavailableException;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ModelKinds;
import dev.expolu.experiment.NetworkSetup;
import dev.expolu.experiment.Problem;
import dev.expolu.experiment.Run;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.TrainingEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains runs and writes each run's record the moment it finishes. Every run's engine is resolved
 * before anything trains. A run the {@link RunCache} holds is taken from there ("cached"); the
 * others go to a {@link RunExecutor}: this JVM's threads ({@link LocalExecutor}), or a cluster. The
 * session makes every record, cache entry and "done" line itself, whichever executor trained the
 * run, and checks that each run came back exactly once. When a run fails or the caller is
 * interrupted, the others stop; the records already written stay.
 */
public final class Session {

    /** How many runs the debug line of what the executor is given names. */
    private static final int NAMED = 20;

    private final RunRecords records;
    private final RunExecutor executor;
    private final TrainingLog log;
    private final Optional<RunCache> cache;
    private final Engines engines;
    private final ProjectClasses classes;
    private final Map<String, TrainingEngine> kindEngines = new LinkedHashMap<>();

    /**
     * On this JVM's threads ({@link LocalExecutor}); with a run cache, a run whose result it holds is
     * not trained again.
     */
    public Session(RunRecords records, int threads, Duration progressInterval, TrainingLog log,
            Optional<RunCache> cache) {
        this(records, new LocalExecutor(threads, progressInterval, log), log, cache);
    }

    /** The runs the cache does not hold trained by {@code executor}; trainer classes from this JVM's class path. */
    public Session(RunRecords records, RunExecutor executor, TrainingLog log, Optional<RunCache> cache) {
        this(records, executor, log, cache, ProjectClasses.ofThisJvm());
    }

    /** The runs the cache does not hold trained by {@code executor}; trainer classes from {@code classes}. */
    public Session(RunRecords records, RunExecutor executor, TrainingLog log, Optional<RunCache> cache,
            ProjectClasses classes) {
        this.classes = classes;
        this.records = records;
        this.executor = executor;
        this.log = log;
        this.cache = cache;
        this.engines = new Engines(log, cache.map(RunCache::directory));
    }

    /**
     * The records of {@code runs}, in the same order.
     *
     * @throws ExperimentException  where a run's engine cannot run here, before anything trains
     * @throws IOException          naming a record that cannot be written
     * @throws ExecutorException    where a run failed on its executor, naming it, or the executor
     *                              failed or returned without a run
     * @throws InterruptedException when the caller is interrupted; finished records stay
     */
    public List<RunRecord> train(List<Run> runs) throws ExperimentException, IOException, InterruptedException {
        records.deleteTemporaries();
        List<PlannedRun> jobs = plan(runs);
        Outcomes outcomes = new Outcomes(records, cache, log, runs.size());
        List<PlannedRun> toTrain = new ArrayList<>();
        for (PlannedRun job : jobs) {
            if (!outcomes.fromCache(job)) {
                toTrain.add(job);
            }
        }
        if (!toTrain.isEmpty()) {
            if (log.debugEnabled()) {
                log.debug("The executor (" + executor.describe() + ") is given " + toTrain.size() + " run(s) of "
                        + runs.size() + ": " + given(toTrain));
            }
            executor.train(toTrain, outcomes);
        }
        List<RunRecord> done = outcomes.records(jobs);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (done.get(i) == null) {
                missing.add(jobs.get(i).id());
            }
        }
        if (!missing.isEmpty()) {
            throw new ExecutorException("The executor (" + executor.describe() + ") returned without " + missing.size()
                    + " run(s): " + missing + "; expected every run once");
        }
        return done;
    }

    /** "e/v/seed-1 (fused), e/v/seed-2 (fused), ... and 12 more": the first {@value #NAMED} by name. */
    private static String given(List<PlannedRun> jobs) {
        String named = String.join(", ", jobs.stream().limit(NAMED).map(j -> j.id() + " (" + j.engine().id() + ")")
                .toList());
        return jobs.size() > NAMED ? named + " and " + (jobs.size() - NAMED) + " more" : named;
    }

    /**
     * Resolves every run's engine and arithmetic before anything trains: the executor's where it
     * decides the engine ({@link RunExecutor#engine}), else this JVM's; an engine the executor
     * refuses is a problem of the file's line (or of {@code expolu.engine}), whatever the cache holds.
     */
    private List<PlannedRun> plan(List<Run> runs) throws ExperimentException {
        List<PlannedRun> jobs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Arithmetic> arithmetic = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (!(run.setup() instanceof NetworkSetup setup)) {
                if (!executor.trainsProjectCode()) {
                    throw new ExecutorException(run.id() + " is a run of model.kind " + run.spec().kind() + ", but the"
                            + " executor (" + executor.describe() + ") trains only the seed's network yet; expected"
                            + " expolu.executor=local");
                }
                if (!executor.trainsKind(run.spec().kind())) {
                    throw new ExecutorException(run.id() + " is a run of model.kind " + run.spec().kind() + ", but the"
                            + " executor (" + executor.describe() + ") does not train that kind; expected"
                            + " expolu.executor=local");
                }
                TrainingEngine engine = kindEngine(run.spec().kind());
                jobs.add(new PlannedRun(i, run, engine, arithmetic.computeIfAbsent(engine.id(),
                        k -> engine.arithmetic(Precision.FLOAT64))));
                continue;
            }
            try {
                Optional<String> refused = executor.refuses(setup.engine());
                if (refused.isPresent()) {
                    throw new EngineUnavailableException(refused.get());
                }
                Optional<TrainingEngine> elsewhere = executor.engine(setup.engine());
                TrainingEngine engine = elsewhere.isPresent() ? elsewhere.get() : engines.resolve(setup.engine());
                Arithmetic a = arithmetic.computeIfAbsent(engine.id() + "|" + setup.precision(),
                        k -> engine.arithmetic(setup.precision()));
                jobs.add(new PlannedRun(i, run, engine, a));
            } catch (EngineUnavailableException e) {
                if (run.engineLine() == 0) {
                    throw new EngineOverrideException("expolu.engine " + e.getMessage());
                }
                Problem problem = new Problem(run.file(), run.engineLine(), "training.engine", e.getMessage());
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        return jobs;
    }

    /** The engine of a kind of model that decides it ({@code trainer}, {@code dl4j}), made once a session. */
    private TrainingEngine kindEngine(String kind) {
        return kindEngines.computeIfAbsent(kind, k -> ModelKinds.of(classes).named(k).flatMap(m -> m.engine(classes))
                .orElseThrow(() -> new IllegalStateException("model.kind " + k + " names no engine of its own")));
    }
}
