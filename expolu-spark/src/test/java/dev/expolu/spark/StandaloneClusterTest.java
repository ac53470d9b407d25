package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment on a real standalone cluster (a master and two one-core workers, separate JVMs on
 * this machine) gives the local executor's fingerprints, records, locks and cache; with a worker
 * killed in the middle too.
 */
class StandaloneClusterTest {

    @TempDir
    static Path dir;

    static Path experiments;
    static Map<String, String> local;

    @BeforeAll
    static void trainLocally() throws Exception {
        experiments = Experiments.write(dir, "tiny", 400, 4);
        local = ClusterFixtures.fingerprints(Training.run(Experiments.request(experiments, dir.resolve("local"),
                Optional.empty()).build(), TrainingLog.NONE));
    }

    @AfterAll
    static void noJvmLeft() {
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("")
                .contains("org.apache.spark.deploy")).toList()).isEmpty();
    }

    private static String conf() {
        return "spark.executor.memory=512m spark.executor.cores=1";
    }

    @Test
    void aStandaloneClusterGivesTheLocalExecutorsFingerprints() throws Exception {
        Path out = dir.resolve("cluster");
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark-1"), 2)) {
            TrainResult result = Training.run(Experiments.request(experiments, out, Optional.of(out.resolve("cache")))
                    .executor(Experiments.spark(cluster.url(), conf(), 60)).build(),
                    TrainingLog.of(lines::add, lines::add));

            assertThat(ClusterFixtures.fingerprints(result)).isEqualTo(local).hasSize(8);
            assertThat(result.passed()).isTrue();
            assertThat(lines).filteredOn(l -> l.contains(": done (")).hasSize(8);
            assertThat(lines).noneMatch(l -> l.contains("failed"));
            try (Stream<Path> cached = Files.walk(out.resolve("cache"))) {
                assertThat(cached.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(8);
            }
            assertThat(Files.readString(out.resolve("records/tiny/expolu/seed-3.json")))
                    .contains("\"engine\" : \"fused\"", "\"device\" : \"jvm\"");

            lines.clear(); // trained again: every run from the cache, none sent
            Training.run(Experiments.request(experiments, out, Optional.of(out.resolve("cache")))
                    .executor(Experiments.spark(cluster.url(), conf(), 60)).build(),
                    TrainingLog.of(lines::add, lines::add));
            assertThat(lines).filteredOn(l -> l.contains(": cached (")).hasSize(8);
            assertThat(lines).noneMatch(l -> l.contains(": done ("));
        }
    }

    @Test
    void aWorkerKilledInTheMiddleLosesNoRunAndDuplicatesNone() throws Exception {
        Path out = dir.resolve("killed");
        List<String> lines = new CopyOnWriteArrayList<>();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark-2"), 2)) {
            TrainingLog log = TrainingLog.of(line -> {
                lines.add(line);
                if (line.contains(": done (1 of 8)")) {
                    cluster.killWorker(2);
                }
            }, lines::add);
            TrainResult result = Training.run(Experiments.request(experiments, out, Optional.empty())
                    .executor(Experiments.spark(cluster.url(), conf(), 60)).build(), log);

            assertThat(cluster.executorsOf(2)).isEmpty();
            assertThat(ClusterFixtures.fingerprints(result)).isEqualTo(local);
            Map<String, Long> done = lines.stream().filter(l -> l.contains(": done ("))
                    .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf(": done")), Collectors.counting()));
            assertThat(done).hasSize(8).allSatisfy((run, times) -> assertThat(times).isEqualTo(1));
            assertThat(lines).anyMatch(l -> l.matches("Spark task of tiny/\\w+/seed-\\d \\(attempt 1\\) failed on"
                    + " executor \\d+ at 127\\.0\\.0\\.1: .*; Spark retries it.*"));
        }
    }
}
