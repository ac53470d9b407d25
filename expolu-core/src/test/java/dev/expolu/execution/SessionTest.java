package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /**
     * The build is interrupted the moment the first run's "done" line is logged, from the training
     * thread itself: no polling, no sleeping.
     */
    @Test
    void anInterruptedSessionKeepsFinishedRecordsWholeAndLeavesNoPartialFile() throws Exception {
        Experiment e = experiment(4000, 3);
        Path records = dir.resolve("records");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread build = Thread.currentThread();
        TrainingLog log = TrainingLog.of(line -> {
            lines.add(line);
            if (line.startsWith("e/default/seed-1: done")) {
                build.interrupt();
            }
        }, lines::add);
        Session session = new Session(new RunRecords(records), 1, Duration.ofHours(1), log, Optional.empty());
        // a stale temporary of an earlier, killed build
        Files.createDirectories(records.resolve("e/default"));
        Files.writeString(records.resolve("e/default/.seed-9.json123.tmp"), "{\"experi");

        try {
            assertThatThrownBy(() -> session.train(e.runs())).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted(); // leave this test's thread as it found it
        }

        Path first = records.resolve("e/default/seed-1.json");
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
