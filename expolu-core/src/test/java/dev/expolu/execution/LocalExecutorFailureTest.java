package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Run;
import dev.expolu.record.Provenance;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.training.LossCurve;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails on the local executor: the build hears of it as it fails, naming the run, while
 * a run started before it is still training; the others stop, and nothing more is handed on.
 */
class LocalExecutorFailureTest {

    @TempDir
    Path dir;

    /** Seed 1 trains until it is interrupted; seed 2 fails at once; the rest would finish. */
    private static final class Trainer implements RunTrainer {

        final CountDownLatch firstStarted = new CountDownLatch(1);
        final List<Long> interrupted = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public Arithmetic arithmetic(Precision precision) {
            return new Arithmetic("fake", precision.id(), 1, "0", "jvm");
        }

        @Override
        public LossCurve train(dev.expolu.run.RunSpec spec, TrainingListener listener) {
            if (spec.seed() == 1) {
                firstStarted.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.add(spec.seed());
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped");
                }
            }
            if (spec.seed() == 2) {
                try {
                    firstStarted.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("boom in the trainer");
            }
            return new LossCurve(new double[] {1, 0.5});
        }
    }

    @Test
    void theFirstFailureStopsTheOthersAndNamesItsRun() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 2, width: 4, activation: expolu}
                training: {rounds: 2}
                seeds: [1, 2, 3, 4, 5, 6]
                """);
        List<Run> runs = ExperimentLoader.load(file).runs();
        Trainer trainer = new Trainer();
        List<PlannedRun> planned = IntStream.range(0, runs.size()).mapToObj(i -> new PlannedRun(i, runs.get(i), trainer,
                trainer.arithmetic(Precision.FLOAT32))).toList();
        List<String> finished = new CopyOnWriteArrayList<>();
        RunSink sink = new RunSink() {
            @Override
            public void started(PlannedRun run) {
            }

            @Override
            public void finished(PlannedRun run, LossCurve curve, double seconds, Provenance provenance) {
                finished.add(run.id());
            }
        };

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                () -> new LocalExecutor(2, Duration.ofHours(1), TrainingLog.NONE).train(planned, sink))
                .as("not after seed 1, which never ends by itself")
                .isInstanceOf(ExecutorException.class)
                .hasMessage("e/default/seed-2 failed: java.lang.IllegalStateException: boom in the trainer"));
        Thread.sleep(200);
        assertThat(trainer.interrupted).containsExactly(1L);
        assertThat(finished).doesNotContain("e/default/seed-1", "e/default/seed-2");
    }
}
