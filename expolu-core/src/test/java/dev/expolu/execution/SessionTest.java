package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.record.RunRecord;
import dev.expolu.record.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {

    @TempDir
    Path dir;

    private Experiment experiment(int rounds, int seeds) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 6, width: 64, activation: expolu}
                training: {rounds: %d, dtype: float32}
                seeds: {from: 1, count: %d}
                """.formatted(rounds, seeds));
        return ExperimentLoader.load(file);
    }

    @Test
    void curvesDoNotDependOnHowManyRunsTrainAtOnce() throws Exception {
        Experiment e = experiment(30, 4);
        List<String> one = fingerprints(new Session(new RunRecords(dir.resolve("one")), 1, Duration.ofHours(1),
                TrainingLog.NONE, Optional.empty()).train(e.runs()));
        List<String> two = fingerprints(new Session(new RunRecords(dir.resolve("two")), 2, Duration.ofHours(1),
                TrainingLog.NONE, Optional.empty()).train(e.runs()));
        assertThat(two).isEqualTo(one).doesNotHaveDuplicates();
    }

    @Test
    void anInterruptedSessionKeepsFinishedRecordsWholeAndLeavesNoPartialFile() throws Exception {
        Experiment e = experiment(4000, 3);
        Path records = dir.resolve("records");
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Session session = new Session(new RunRecords(records), 1, Duration.ofHours(1),
                TrainingLog.of(lines::add, lines::add), Optional.empty());
        // a stale temporary of an earlier, killed build
        Files.createDirectories(records.resolve("e/default"));
        Files.writeString(records.resolve("e/default/.seed-9.json123.tmp"), "{\"experi");
        Thread build = new Thread(() -> {
            try {
                session.train(e.runs());
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        build.start();
        Path first = records.resolve("e/default/seed-1.json");
        while (!Files.exists(first) && build.isAlive()) {
            Thread.sleep(5);
        }
        build.interrupt();
        build.join(30_000);

        assertThat(build.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        RunRecord kept = RunRecords.read(first);
        assertThat(kept.losses()).hasSize(4000);
        assertThat(kept.fingerprint()).isEqualTo(kept.curve().fingerprint());
        try (Stream<Path> files = Files.walk(records)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("seed-1.json");
        }
        assertThat(lines).anyMatch(l -> l.startsWith("e/default/seed-1: done (1 of 3), 4000 rounds"));
    }

    private static List<String> fingerprints(List<RunRecord> records) {
        return records.stream().map(RunRecord::fingerprint).toList();
    }
}
