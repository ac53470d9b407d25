package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.cache.RunCache;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.fork.ForkRequest;
import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import dev.expolu.run.Arithmetic;
import dev.expolu.training.FusedEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's seam for executors other than this JVM's threads. */
class RunExecutorTest {

    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();

    private Experiment experiment() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 10, dtype: float32}
                seeds: [1, 2, 3]
                """);
        return ExperimentLoader.load(file);
    }

    /** Trains each run it is given with the fused engine here, then lets {@code extra} add to it. */
    private static class Remote implements RunExecutor {

        final List<String> given = new ArrayList<>();
        private final BiConsumer<PlannedRun, RunSink> extra;

        Remote(BiConsumer<PlannedRun, RunSink> extra) {
            this.extra = extra;
        }

        @Override
        public String describe() {
            return "on a test cluster";
        }

        @Override
        public void train(List<PlannedRun> runs, RunSink sink) throws IOException {
            for (PlannedRun run : runs) {
                given.add(run.id());
                sink.started(run);
                LossCurve curve = new FusedEngine().train(run.run().spec(), TrainingListener.NONE);
                sink.finished(run, curve, 0.5, Provenance.of(run.arithmetic()));
                extra.accept(run, sink);
            }
        }
    }

    private Session session(RunExecutor executor, Optional<RunCache> cache) {
        return new Session(new RunRecords(dir.resolve("records")), executor, TrainingLog.of(log::add, log::add), cache);
    }

    @Test
    void anotherExecutorGivesTheSameRecordsAsLocalThreads() throws Exception {
        Experiment e = experiment();
        List<RunRecord> local = new Session(new RunRecords(dir.resolve("local")), 2, Duration.ofHours(1),
                TrainingLog.NONE, Optional.empty()).train(e.runs());
        Remote remote = new Remote((run, sink) -> { });
        List<RunRecord> there = session(remote, Optional.empty()).train(e.runs());

        assertThat(there).extracting(RunRecord::fingerprint)
                .containsExactlyElementsOf(local.stream().map(RunRecord::fingerprint).toList());
        assertThat(there).extracting(RunRecord::provenance)
                .containsExactlyElementsOf(local.stream().map(RunRecord::provenance).toList());
        assertThat(log).filteredOn(l -> l.contains(": done (")).hasSize(3);
        assertThat(Files.exists(dir.resolve("records/e/default/seed-2.json"))).isTrue();
    }

    @Test
    void runsTheCacheHoldsAreNotSentAndResultsComingBackAreCached() throws Exception {
        Experiment e = experiment();
        Optional<RunCache> cache = Optional.of(new RunCache(dir.resolve("cache")));
        session(new LocalExecutor(1, Duration.ofHours(1), TrainingLog.NONE), cache)
                .train(e.runs().subList(0, 1));
        Remote remote = new Remote((run, sink) -> { });
        session(remote, cache).train(e.runs());
        assertThat(remote.given).containsExactly("e/default/seed-2", "e/default/seed-3");

        Remote again = new Remote((run, sink) -> { });
        session(again, cache).train(e.runs());
        assertThat(again.given).isEmpty();
        assertThat(log).filteredOn(l -> l.contains(": cached (")).hasSize(1 + 3);
    }

    @Test
    void aRunHandedBackTwiceFailsNamingIt() throws Exception {
        Remote twice = new Remote((run, sink) -> {
            try {
                sink.finished(run, new LossCurve(new double[] {1, 2}), 0.1, Provenance.of(run.arithmetic()));
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThatThrownBy(() -> session(twice, Optional.empty()).train(experiment().runs()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("e/default/seed-1 finished twice; expected every run once");
    }

    @Test
    void anExecutorThatReturnsWithoutARunFailsNamingIt() throws Exception {
        RunExecutor lossy = new RunExecutor() {
            @Override
            public String describe() {
                return "on a lossy cluster";
            }

            @Override
            public void train(List<PlannedRun> runs, RunSink sink) throws IOException {
                PlannedRun first = runs.get(0);
                sink.finished(first, new FusedEngine().train(first.run().spec(), TrainingListener.NONE), 0.1,
                        Provenance.of(first.arithmetic()));
            }
        };
        assertThatThrownBy(() -> session(lossy, Optional.empty()).train(experiment().runs()))
                .isInstanceOf(ExecutorException.class)
                .hasMessage("The executor (on a lossy cluster) returned without 2 run(s): [e/default/seed-2,"
                        + " e/default/seed-3]; expected every run once");
    }

    @Test
    void aRunTrainedUnderOtherArithmeticIsRefusedNamingBoth() throws Exception {
        RunExecutor other = new RunExecutor() {
            @Override
            public String describe() {
                return "on a cluster with another expolu";
            }

            @Override
            public void train(List<PlannedRun> runs, RunSink sink) throws IOException {
                PlannedRun run = runs.get(0);
                Arithmetic a = run.arithmetic();
                sink.finished(run, new LossCurve(new double[] {1}), 0.1,
                        Provenance.of(new Arithmetic(a.engine(), a.dtype(), 1, "0123456789abcdef", a.device())));
            }
        };
        assertThatThrownBy(() -> session(other, Optional.empty()).train(experiment().runs()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("e/default/seed-1 was trained under fused|float32|arithmetic 1|code 0123456789abcdef|jvm,"
                        + " but expected fused|float32|arithmetic 1|code ");
        assertThat(Files.exists(dir.resolve("records/e/default/seed-1.json"))).isFalse();
    }

    @Test
    void anEngineTheExecutorRefusesIsAProblemOfTheFilesLineWhateverTheCacheHolds() throws Exception {
        Path file = Files.writeString(dir.resolve("d.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 10, dtype: float32, engine: dl4j}
                seeds: [1, 2]
                """);
        List<dev.expolu.experiment.Run> runs = ExperimentLoader.load(file).runs();
        Optional<RunCache> cache = Optional.of(new RunCache(dir.resolve("cache")));
        session(new LocalExecutor(1, Duration.ofHours(1), TrainingLog.NONE), cache).train(runs);
        Remote refusing = new Remote((run, sink) -> { }) {
            @Override
            public Optional<String> refuses(dev.expolu.run.Engine declared) {
                return declared == dev.expolu.run.Engine.DL4J ? Optional.of("is dl4j, but this cluster trains fused")
                        : Optional.empty();
            }
        };

        assertThatThrownBy(() -> session(refusing, cache).train(runs))
                .as("every run cached, and still refused")
                .isInstanceOf(dev.expolu.experiment.ExperimentException.class)
                .hasMessage(file + ":3: training.engine is dl4j, but this cluster trains fused");
        assertThat(refusing.given).isEmpty();
    }

    @Test
    void anExecutorNotOnTheClassPathSaysHowToAddIt() {
        TrainRequest request = TrainRequest.builder(dir).executor(new ExecutorSettings("spark", Map.of())).build();
        assertThatThrownBy(() -> RunExecutors.create(request, TrainingLog.NONE))
                .isInstanceOf(ExecutorException.class)
                .hasMessageStartingWith("expolu.executor is 'spark', but expected local; the spark executor is not"
                        + " on the class path: add dev.expolu:expolu-spark (which brings Spark) to it, or let"
                        + " expolu-maven-plugin resolve it for its forked JVM");
        assertThat(RunExecutors.create(TrainRequest.builder(dir).build(), TrainingLog.NONE).describe())
                .isEqualTo("on 1 thread(s)");
        List<String> warnings = new ArrayList<>();
        TrainRequest threaded = TrainRequest.builder(dir).threads(4).executor(new ExecutorSettings("spark", Map.of()))
                .build();
        assertThatThrownBy(() -> RunExecutors.create(threaded, TrainingLog.of(l -> { }, warnings::add)))
                .isInstanceOf(ExecutorException.class);
        assertThat(warnings).containsExactly("expolu.threads is 4, but expolu.executor=spark trains on its own"
                + " workers; expolu.threads is ignored");
    }

    @Test
    void theForkIsToldTheExecutorAndItsOptions() throws Exception {
        ExecutorSettings spark = new ExecutorSettings("spark", Map.of("master", "spark://h:7077",
                "conf", "spark.executor.memory=2g"));
        Path file = dir.resolve("fork.json");
        ForkRequest.of(List.of(experiment()), TrainRequest.builder(dir).executor(spark).build()).write(file);
        assertThat(ForkRequest.read(file).trainRequest().executor()).isEqualTo(spark);
        ForkRequest.of(List.of(experiment()), TrainRequest.builder(dir).build()).write(file);
        assertThat(ForkRequest.read(file).trainRequest().executor()).isEqualTo(ExecutorSettings.LOCAL);
    }
}
