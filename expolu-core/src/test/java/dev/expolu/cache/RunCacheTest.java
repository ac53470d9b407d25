package dev.expolu.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.Session;
import dev.expolu.execution.TrainingLog;
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

class RunCacheTest {

    static final String EXPERIMENT = """
            name: %s
            data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
            model: {layers: 3, width: 16, activation: expolu}
            training: {rounds: 12, dtype: float32}
            seeds: [1, 2]
            variants:
              a: {training: {learningRate: 1.0e-3}}
              b: {training: {learningRate: %s}}
            """;

    @TempDir
    Path dir;

    private final List<String> log = new CopyOnWriteArrayList<>();

    private List<RunRecord> train(String name, String rateOfB) throws Exception {
        Path file = Files.writeString(dir.resolve(name + ".yaml"), EXPERIMENT.formatted(name, rateOfB));
        Experiment experiment = ExperimentLoader.load(file);
        log.clear();
        return new Session(new RunRecords(dir.resolve("records")), 2, Duration.ofHours(1),
                TrainingLog.of(log::add, log::add), Optional.of(new RunCache(dir.resolve("cache"))))
                .train(experiment.runs());
    }

    private long lines(String word) {
        return log.stream().filter(l -> l.contains(": " + word + " (")).count();
    }

    @Test
    void anUnchangedRunIsTakenFromTheCacheWithTheSameCurve() throws Exception {
        List<RunRecord> first = train("e", "2.0e-3");
        assertThat(lines("done")).isEqualTo(4);
        List<RunRecord> second = train("e", "2.0e-3");
        assertThat(lines("cached")).isEqualTo(4);
        assertThat(second).extracting(RunRecord::fingerprint)
                .containsExactlyElementsOf(first.stream().map(RunRecord::fingerprint).toList());
    }

    @Test
    void changingOneVariantsSettingRetrainsThatVariantOnly() throws Exception {
        train("e", "2.0e-3");
        train("e", "3.0e-3");
        assertThat(log).filteredOn(l -> l.contains(": cached (")).allMatch(l -> l.startsWith("e/a/"));
        assertThat(log).filteredOn(l -> l.contains(": done (")).allMatch(l -> l.startsWith("e/b/"));
        assertThat(lines("cached")).isEqualTo(2);
        assertThat(lines("done")).isEqualTo(2);
    }

    @Test
    void theSameSetupInAnotherExperimentReusesTheResultUnderItsOwnName() throws Exception {
        train("e", "2.0e-3");
        List<RunRecord> renamed = train("renamed", "2.0e-3");
        assertThat(lines("cached")).isEqualTo(4);
        assertThat(renamed).allMatch(r -> r.experiment().equals("renamed"));
        assertThat(dir.resolve("records/renamed/a/seed-1.json")).isRegularFile();
    }

    @Test
    void aTruncatedOrGarbageEntryIsRetrainedAndRewritten() throws Exception {
        List<RunRecord> first = train("e", "2.0e-3");
        List<Path> entries;
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            entries = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(entries).hasSize(4);
        String whole = Files.readString(entries.get(0));
        Files.writeString(entries.get(0), whole.substring(0, whole.length() / 2)); // truncated
        Files.writeString(entries.get(1), "garbage \u0000\u0001");
        Files.writeString(entries.get(2), whole.replaceFirst("\"fingerprint\" : \"[0-9a-f]", "\"fingerprint\" : \"x"));

        List<RunRecord> second = train("e", "2.0e-3");

        assertThat(lines("done")).isEqualTo(3);
        assertThat(lines("cached")).isEqualTo(1);
        assertThat(second).extracting(RunRecord::fingerprint)
                .containsExactlyElementsOf(first.stream().map(RunRecord::fingerprint).toList());
        train("e", "2.0e-3");
        assertThat(lines("cached")).isEqualTo(4);
    }
}
