package dev.expolu.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** model.kind trainer: a project's own class trained, recorded, cached and locked as the seed's network is. */
class TrainerKindTest {

    static final String EXPERIMENT = """
            name: line
            model:
              kind: trainer
              class: %s
              parameters: {learningRate: %s}
            training: {rounds: 30}
            seeds: [1, 2, 3]
            expect:
              - finalLoss: {atMost: 0.1}
            """;

    @TempDir
    Path dir;

    private final List<String> lines = new ArrayList<>();
    private final TrainingLog log = TrainingLog.of(l -> lines.add("[INFO] " + l), l -> lines.add("[WARNING] " + l));

    private Path experiments(String className, String rate) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(folder.resolve("line.yaml"), EXPERIMENT.formatted(className, rate));
        return folder;
    }

    private TrainResult train(Path experiments, LockMode lock) throws Exception {
        return Training.run(TrainRequest.builder(experiments).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).lockMode(lock).cacheDirectory(Optional.of(dir.resolve("cache")))
                .threads(2).build(), log);
    }

    /** The line trainer, said to be unrepeatable (as one whose sums depend on threads would be). */
    public static class Unrepeatable extends LineTrainer {
        @Override
        public boolean deterministic() {
            return false;
        }
    }

    @Test
    void aTrainerThatSaysItDoesNotRepeatIsNotGatedByTheLockWhichSaysSoAndStrictFails() throws Exception {
        Path experiments = experiments(Unrepeatable.class.getName(), "0.05");
        train(experiments, LockMode.UPDATE);
        lines.clear();

        TrainResult verify = train(experiments, LockMode.VERIFY);

        assertThat(verify.passed()).isTrue();
        assertThat(lines).contains("[WARNING] Lock line.lock.json cannot gate 3 run(s) whose training says it does"
                + " not repeat bit for bit (Trainer.deterministic() is false): [default/seed-1, default/seed-2,"
                + " default/seed-3]; their curves are recorded and judged, not held to the lock")
                .noneMatch(l -> l.contains("match bit for bit"));
        TrainResult strict = train(experiments, LockMode.STRICT);
        assertThat(strict.passed()).isFalse();
        assertThat(strict.failureMessage()).contains("cannot gate 3 run(s) whose training says it does not repeat");
    }

    @Test
    void aTrainerClassTrainsEverySeedRecordsItsMetricsAndIsJudged() throws Exception {
        TrainResult result = train(experiments(LineTrainer.class.getName(), "0.05"), LockMode.UPDATE);

        assertThat(result.passed()).isTrue();
        RunRecord record = RunRecords.read(dir.resolve("records/line/default/seed-2.json"));
        assertThat(record.losses()).hasSize(30);
        assertThat(record.finalLoss()).isLessThan(0.1);
        assertThat(record.metrics()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("within");
            assertThat(m.higherIsBetter()).isTrue();
            assertThat(m.values()).hasSize(30);
            assertThat(m.last()).isEqualTo(1.0);
        });
        assertThat(record.setup()).containsEntry("kind", "trainer").containsEntry("class", LineTrainer.class.getName());
        assertThat(record.provenance().engine()).isEqualTo("trainer");
        assertThat(record.provenance().code()).isEqualTo(ProjectClasses.ofThisJvm().codeHash());
        assertThat(RunRecords.read(dir.resolve("records/line/default/seed-1.json")).fingerprint())
                .as("each seed its own curve").isNotEqualTo(record.fingerprint());
    }

    @Test
    void aSecondBuildTakesEveryRunFromTheCacheAndTheLockHoldsBitForBit() throws Exception {
        Path experiments = experiments(LineTrainer.class.getName(), "0.05");
        train(experiments, LockMode.UPDATE);
        lines.clear();

        train(experiments, LockMode.STRICT);

        assertThat(lines).contains("[INFO] line/default/seed-3: cached (3 of 3), 30 rounds, final "
                + lines.stream().filter(l -> l.startsWith("[INFO] line/default/seed-3: cached")).findFirst()
                        .map(l -> l.substring(l.indexOf("final ") + 6)).orElse("?"))
                .contains("[INFO] Lock line.lock.json: 3 run(s) match bit for bit")
                .noneMatch(l -> l.contains(": done"));
    }

    @Test
    void aChangedParameterRetrainsAndTheLockNamesIt() throws Exception {
        train(experiments(LineTrainer.class.getName(), "0.05"), LockMode.UPDATE);
        lines.clear();

        TrainResult result = train(experiments(LineTrainer.class.getName(), "0.04"), LockMode.VERIFY);

        assertThat(lines).anyMatch(l -> l.startsWith("[INFO] line/default/seed-1: done"));
        assertThat(result.lockMismatches()).contains("line/default/seed-1: settings changed since the lock:"
                + " model.parameters.learningRate 0.05, now 0.04; re-pin with -Dexpolu.lock=update");
    }

    @Test
    void aClassThatIsMissingIsNotATrainerOrReportsNoLossIsRefusedWithItsLine() throws Exception {
        Path missing = experiments("com.example.Missing", "0.05").resolve("line.yaml");
        assertThatThrownBy(() -> ExperimentLoader.load(missing)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("line.yaml:4: model.class is com.example.Missing, but no such class is on the"
                        + " project's test class path");
        Path notOne = experiments(LineTrainer.NotATrainer.class.getName(), "0.05").resolve("line.yaml");
        assertThatThrownBy(() -> ExperimentLoader.load(notOne)).hasMessageContaining("line.yaml:4: model.class is "
                + LineTrainer.NotATrainer.class.getName() + ", but it does not implement dev.expolu.api.Trainer");
        Path noLoss = experiments(LineTrainer.NoLoss.class.getName(), "0.05").resolve("line.yaml");
        assertThatThrownBy(() -> ExperimentLoader.load(noLoss)).hasMessageContaining("line.yaml:4: model.class is "
                + LineTrainer.NoLoss.class.getName() + ", but its metrics() are [within (higher is better), error"
                + " (lower is better)]; expected one named loss, lower is better");
    }

    @Test
    void anExceptionOfTheTrainerFailsItsRunNamedAndKeepsNothingHalfWritten() throws Exception {
        Path experiments = experiments(LineTrainer.Failing.class.getName(), "0.05");
        assertThatThrownBy(() -> train(experiments, LockMode.OFF)).isInstanceOf(ExecutorException.class)
                .hasMessageContaining("line/default/seed-")
                .hasMessageContaining("failed: java.lang.IllegalStateException: the data ran out in round 3")
                .hasRootCauseMessage("the data ran out in round 3");
        assertThat(dir.resolve("records/line/default/seed-1.json")).doesNotExist();
    }

    @Test
    void aClaimOnAnotherMetricIsJudgedOnItAndAMissNamesEachSeedsFigure() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(folder.resolve("line.yaml"), """
                model: {kind: trainer, class: %s, parameters: {learningRate: 0.05}}
                training: {rounds: %d}
                seeds: [1, 2, 3]
                expect:
                  - final: {metric: within, atLeast: 0.8}
                  - best: {metric: within, atLeast: 1.0}
                """.formatted(LineTrainer.class.getName(), 30));
        assertThat(train(folder, LockMode.OFF).passed()).isTrue();

        Files.writeString(folder.resolve("line.yaml"), Files.readString(folder.resolve("line.yaml"))
                .replace("rounds: 30", "rounds: 2"));
        TrainResult early = train(folder, LockMode.OFF);
        assertThat(early.passed()).isFalse();
        String message = early.failureMessage();
        assertThat(message).contains("final(within) >= 0.8 in >= 3 of 3 seeds: 0 of 3 met it; seed 1: ");
        for (long seed = 1; seed <= 3; seed++) {
            double within = RunRecords.read(dir.resolve("records/line/default/seed-" + seed + ".json")).metrics()
                    .get(0).last();
            assertThat(message).contains("seed " + seed + ": " + dev.expolu.judge.Bound.format(within));
        }
    }

    @Test
    void aClaimOnAMetricNoRunReportsIsRefusedWithItsLine() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("experiments")).resolve("line.yaml"), """
                model: {kind: trainer, class: %s}
                training: {rounds: 5}
                expect:
                  - final: {metric: accuracy, atLeast: 0.9}
                """.formatted(LineTrainer.class.getName()));
        assertThatThrownBy(() -> ExperimentLoader.load(file)).hasMessageContaining("line.yaml:4:"
                + " expect[0].final.metric is accuracy, but the variant's runs report [loss, within]; expected one of"
                + " those");
    }

    /** An executor of a cluster, as far as planning asks: which code it can train; it trains nothing. */
    private record Cluster(String describe, boolean trainsProjectCode, Set<String> kinds)
            implements dev.expolu.execution.RunExecutor {

        @Override
        public boolean trainsKind(String kind) {
            return kinds.contains(kind);
        }

        @Override
        public void train(List<dev.expolu.execution.PlannedRun> runs, dev.expolu.execution.RunSink sink) {
            throw new AssertionError("nothing trains");
        }
    }

    /** The line experiment's runs given to {@code cluster}: the refusal, nothing recorded. */
    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> refusedBy(Cluster cluster)
            throws Exception {
        var experiment = ExperimentLoader.load(experiments(LineTrainer.class.getName(), "0.05").resolve("line.yaml"));
        var session = new dev.expolu.execution.Session(new RunRecords(dir.resolve("records")), cluster, log,
                Optional.empty());
        var refusal = assertThatThrownBy(() -> session.train(experiment.runs())).isInstanceOf(ExecutorException.class);
        assertThat(dir.resolve("records")).doesNotExist();
        return refusal;
    }

    @Test
    void anExecutorThatCannotLoadTheProjectsClassesRefusesItsRunsByNameBeforeAnythingTrains() throws Exception {
        refusedBy(new Cluster("on Spark at spark://nowhere:7077", false, Set.of()))
                .hasMessage("line/default/seed-1 is a run of model.kind trainer, but the executor (on Spark at"
                        + " spark://nowhere:7077) trains only the seed's network yet; expected expolu.executor=local");
    }

    @Test
    void anExecutorThatTrainsSomeKindsRefusesTheRunsOfAnotherByNameBeforeAnythingTrains() throws Exception {
        refusedBy(new Cluster("on a cluster of dl4j runs", true, Set.of("dl4j")))
                .hasMessage("line/default/seed-1 is a run of model.kind trainer, but the executor (on a cluster of"
                        + " dl4j runs) does not train that kind; expected expolu.executor=local");
    }
}
