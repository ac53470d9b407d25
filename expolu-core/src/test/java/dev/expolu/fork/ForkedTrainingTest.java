package dev.expolu.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.Suite;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training in a forked JVM: the same bits as in this one, and a fork that dies reported whole. */
class ForkedTrainingTest {

    static final String EXPERIMENT = """
            data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
            model: {layers: %d, width: %d, activation: expolu}
            training: {rounds: %d, dtype: float32}
            seeds: {from: 1, count: %d}
            variants:
              f32: {}
              f64: {training: {dtype: float64}}
            """;

    @TempDir
    Path dir;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final TrainingLog log = TrainingLog.of(l -> lines.add("[INFO] " + l), l -> lines.add("[WARNING] " + l));

    @Test
    void aForkedTrainingGivesTheCurvesOfAnInProcessOneBitForBit() throws Exception {
        experiment("e.yaml", EXPERIMENT.formatted(4, 32, 30, 2));

        TrainResult here = Training.run(request("here", Optional.empty()), TrainingLog.NONE);
        TrainResult forked = new ForkedTraining(config()).run(request("forked", Optional.empty()), log);

        assertThat(fingerprints(forked)).hasSize(4).doesNotHaveDuplicates().isEqualTo(fingerprints(here));
        assertThat(lines).contains("[INFO] Training 4 run(s) of 1 experiment(s) on 1 thread(s)")
                .contains("[INFO] Training in a forked JVM (java " + Runtime.version().feature()
                        + ", 4 run(s) on 1 thread(s))")
                .anyMatch(l -> l.startsWith("[INFO] e/f64/seed-2: done (4 of 4), 30 rounds"))
                .noneMatch(l -> l.contains("incubator modules") || l.contains("float32 kernels: plain Java"));
        assertThat(dir.resolve("forked/records-fork.json")).as("the request, gone after a clean exit").doesNotExist();
    }

    @Test
    void aKilledForkFailsNamingTheRunItWasTrainingKeepsFinishedRecordsAndTheNextTrainingTrainsTheRest()
            throws Exception {
        experiment("e.yaml", float32Only(6, 64, 400, 3));
        Optional<Path> cache = Optional.of(dir.resolve("cache"));
        TrainingLog killer = new TrainingLog() {
            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void runStarted(String run) {
                if (run.equals("e/f32/seed-2")) { // seed 1 is recorded: kill -9 the fork mid-run
                    ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("")
                            .contains(ForkMain.class.getName())).forEach(ProcessHandle::destroyForcibly);
                }
            }
        };
        List<Experiment> experiments = Suite.load(dir.resolve("src"), List.of());

        assertThatThrownBy(() -> new ForkedTraining(config()).train(experiments, request("b", cache), killer))
                .isInstanceOf(ForkException.class)
                .hasMessageStartingWith("The forked training JVM was killed (exit status 137, SIGKILL: a kill -9, or"
                        + " the system's out-of-memory killer) while training 1 run(s): e/f32/seed-2")
                .hasMessageContaining("1 run(s) it finished keep whole records under " + dir.resolve("b/records")
                        + ", and the run cache holds them: the next build trains only what is missing");
        Path records = dir.resolve("b/records/e/f32");
        RunRecord kept = RunRecords.read(records.resolve("seed-1.json"));
        assertThat(kept.losses()).hasSize(400);
        assertThat(kept.fingerprint()).isEqualTo(kept.curve().fingerprint());
        assertThat(records.resolve("seed-2.json")).doesNotExist();
        assertThat(dir.resolve("b/records-fork.json")).as("kept to run the fork again by hand").isRegularFile();

        lines.clear();
        new ForkedTraining(config()).train(experiments, request("b", cache), log);

        assertThat(lines).anyMatch(l -> l.startsWith("[INFO] e/f32/seed-1: cached (1 of 3)"))
                .anyMatch(l -> l.startsWith("[INFO] e/f32/seed-2: done"))
                .anyMatch(l -> l.startsWith("[INFO] e/f32/seed-3: done"))
                .noneMatch(l -> l.startsWith("[INFO] e/f32/seed-1: done"));
        assertThat(RunRecords.read(records.resolve("seed-1.json")).fingerprint()).isEqualTo(kept.fingerprint());
    }

    @Test
    void aForkWhoseHeapCannotHoldARunRefusesItBeforeTraining() throws Exception {
        Path file = experiment("big.yaml", float32Only(30, 512, 2, 1));

        assertThatThrownBy(() -> new ForkedTraining(config("-Xmx24m")).run(request("small", Optional.empty()), log))
                .isInstanceOf(dev.expolu.experiment.ExperimentException.class)
                .hasMessageStartingWith(file + ":2: model.width is 512: 30 x 512 float32 needs 30 MiB a run, but this"
                        + " JVM has 24 MiB of heap")
                .hasMessageContaining("expolu.argLine");
    }

    @Test
    void aForkThatRunsOutOfMemoryNamesTheErrorAndTheRun() throws Exception {
        experiment("big.yaml", float32Only(30, 512, 2, 1));

        // the memory plan would refuse the run; with it off, the heap runs out in the fork
        assertThatThrownBy(() -> new ForkedTraining(config("-Xmx24m", "-Dexpolu.memoryPlan=off"))
                .run(request("oom", Optional.empty()), log))
                .isInstanceOf(ForkException.class)
                .hasMessageStartingWith("The forked training JVM failed with java.lang.OutOfMemoryError: Java heap"
                        + " space (exit status 1) while training 1 run(s): big/f32/seed-1")
                .hasMessageContaining("No run finished in it");
    }

    @Test
    void aForkThatCannotStartFailsWithItsLastOutput() throws Exception {
        experiment("e.yaml", EXPERIMENT.formatted(2, 4, 3, 1));

        assertThatThrownBy(() -> new ForkedTraining(config("-Xmx1m")).run(request("x", Optional.empty()), log))
                .isInstanceOf(ForkException.class)
                .hasMessageStartingWith("The forked training JVM ended with exit status 1 before it trained a run")
                .hasMessageContaining("Its last lines of output:" + System.lineSeparator()
                        + "    Error occurred during initialization of VM" + System.lineSeparator()
                        + "    Too small maximum heap");
        assertThat(lines).contains("[INFO] Too small maximum heap");
    }

    @Test
    void aForkRefusesAFileChangedOrGoneSinceTheBuildValidatedIt() throws Exception {
        Path changed = experiment("changed.yaml", EXPERIMENT.formatted(2, 4, 3, 1));
        Path gone = experiment("gone.yaml", EXPERIMENT.formatted(2, 4, 3, 1));
        List<Experiment> validated = Suite.load(dir.resolve("src"), List.of());
        Files.writeString(changed, EXPERIMENT.formatted(2, 4, 300, 1));
        Files.delete(gone);

        assertThatThrownBy(() -> new ForkedTraining(config()).train(validated, request("r", Optional.empty()), log))
                .isInstanceOf(ExperimentException.class)
                .satisfies(e -> assertThat(((ExperimentException) e).problems()).hasSize(2))
                .hasMessageContaining(changed + ":1: changed after this build validated it (SHA-256 ")
                .hasMessageContaining("; nothing trained: build again to train the file as it is")
                .hasMessageContaining(gone + ":1: was validated by this build, but is gone; nothing trained");
        assertThat(dir.resolve("r/records")).doesNotExist();
    }

    /** {@link #EXPERIMENT} without its float64 variant. */
    private static String float32Only(int layers, int width, int rounds, int seeds) {
        return EXPERIMENT.formatted(layers, width, rounds, seeds).replace("  f64: {training: {dtype: float64}}\n", "");
    }

    @Test
    void aBuildWhoseRunsAreAllCachedStartsNoForkAndOneRunMissingStartsOne() throws Exception {
        experiment("e.yaml", EXPERIMENT.formatted(3, 8, 10, 2));
        Optional<Path> cache = Optional.of(dir.resolve("cache"));
        TrainResult first = new ForkedTraining(config()).run(request("first", cache), log);
        assertThat(lines).anyMatch(l -> l.startsWith("[INFO] Training in a forked JVM ("));

        lines.clear();
        TrainResult second = new ForkedTraining(config()).run(request("second", cache), log);
        assertThat(fingerprints(second)).isEqualTo(fingerprints(first));
        assertThat(lines).contains("[INFO] Every one of the 4 run(s) is in the run cache: nothing to train, no training"
                + " JVM started").noneMatch(l -> l.contains("forked JVM"))
                .anyMatch(l -> l.startsWith("[INFO] e/f64/seed-2: cached"));
        assertThat(dir.resolve("second/records/e/f64/seed-2.json")).isRegularFile();

        lines.clear();
        experiment("e.yaml", EXPERIMENT.formatted(3, 8, 10, 3));
        new ForkedTraining(config()).run(request("third", cache), log);
        assertThat(lines).anyMatch(l -> l.startsWith("[INFO] Training in a forked JVM ("))
                .noneMatch(l -> l.contains("no training JVM"));
    }

    private static List<String> fingerprints(TrainResult result) {
        return result.variants().stream().flatMap(v -> v.runs().stream())
                .map(r -> r.experiment() + "/" + r.variant() + "/" + r.seed() + " " + r.fingerprint()).toList();
    }

    private ForkConfig config(String... argLine) {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ForkConfig(ForkConfig.currentJava(), List.of(argLine), classPath, dir);
    }

    private TrainRequest request(String name, Optional<Path> cache) {
        return TrainRequest.builder(dir.resolve("src")).recordsDirectory(dir.resolve(name).resolve("records"))
                .reportsDirectory(dir.resolve(name).resolve("reports")).progressInterval(Duration.ofHours(1))
                .lockMode(LockMode.OFF).cacheDirectory(cache).build();
    }

    private Path experiment(String name, String text) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        return Files.writeString(dir.resolve("src").resolve(name), text);
    }
}
