package dev.expolu.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.lock.LockMode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mvn -X} shows of a training: the fork's whole command line and each line of its
 * protocol, each run taken from the run cache (with its key) or trained, and where, and what the
 * executor is given; while the info line that a fork starts stays short, whatever its options and
 * class path.
 */
class ForkDebugLogTest {

    static final String EXPERIMENT = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 4, activation: expolu}
            training: {rounds: 3, dtype: float64}
            seeds: [1, 2]
            """;

    /** Options as long as Spark's in a fork: 1,000 characters and more. */
    static final List<String> LONG_ARG_LINE = IntStream.range(0, 30)
            .mapToObj(i -> "--add-opens=java.base/java.lang=ALL-UNNAMED").toList();

    static final String KEY = "[0-9a-f]{64}";

    @TempDir
    Path dir;

    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Test
    void theInfoLineIsShortAndTheDebugLogHasTheCommandLineTheProtocolAndEachRunsWay() throws Exception {
        experiment();
        ForkConfig config = config();
        assertThat(String.join(" ", config.options()).length() + config.classPathVariable().length())
                .as("the options and class path this fork is given").isGreaterThan(2000);

        new ForkedTraining(config).run(request(Optional.of(dir.resolve("cache"))), debugLog());

        List<String> info = lines.stream().filter(l -> l.startsWith("[INFO] Training in a forked JVM")).toList();
        assertThat(info).singleElement().isEqualTo("[INFO] Training in a forked JVM (java "
                + Runtime.version().feature() + ", 2 run(s) on 1 thread(s))");
        assertThat(info.get(0).length()).isLessThan(200);
        String requestFile = ForkedTraining.requestFile(dir.resolve("records")).toString();
        assertThat(lines).contains("[DEBUG] Fork command line: " + ForkConfig.currentJava() + " --add-modules"
                        + " jdk.incubator.vector " + String.join(" ", LONG_ARG_LINE) + " " + ForkMain.class.getName()
                        + " " + requestFile,
                "[DEBUG] Fork CLASSPATH (" + config.classPath().size() + " entries): " + config.classPathVariable(),
                "[DEBUG] Fork working directory: " + dir,
                "[DEBUG] fork said: started e/default/seed-1",
                "[DEBUG] fork said: finished e/default/seed-2",
                "[DEBUG] fork said: done",
                "[DEBUG] fork: expolu.executor=local: this JVM's threads, 1 at once",
                "[DEBUG] fork: The executor (on 1 thread(s)) is given 2 run(s) of 2: e/default/seed-1 (fused),"
                        + " e/default/seed-2 (fused)")
                .anyMatch(l -> l.startsWith("[DEBUG] Fork request " + requestFile + ": 1 experiment file(s), 1"
                        + " thread(s), cache " + dir.resolve("cache") + ", engine each file's own, executor local,"
                        + " debug lines"))
                .anyMatch(l -> l.startsWith("[DEBUG] fork: started: pid "))
                .anyMatch(l -> l.matches("\\[DEBUG] fork: e/default/seed-1: not in the run cache \\(key " + KEY
                        + "\\), so it trains"))
                .anyMatch(l -> l.matches("\\[DEBUG] fork said: info e/default/seed-2: done \\(\\d of 2\\).*"))
                .allMatch(l -> !l.startsWith("[DEBUG] fork said:") || l.length() <= "[DEBUG] fork said: ".length()
                        + ForkMonitor.SHORT);

        lines.clear();
        new ForkedTraining(config).run(request(Optional.of(dir.resolve("cache"))), debugLog());

        assertThat(lines).noneMatch(l -> l.contains("forked JVM") || l.startsWith("[DEBUG] fork"))
                .anyMatch(l -> l.matches("\\[DEBUG] e/default/seed-1: taken from the run cache \\(key " + KEY + "\\)"))
                .anyMatch(l -> l.matches("\\[DEBUG] e/default/seed-2: taken from the run cache \\(key " + KEY + "\\)"));
    }

    @Test
    void withoutDebugTheForkSendsNoDebugLines() throws Exception {
        experiment();
        List<String> debug = new CopyOnWriteArrayList<>();
        TrainingLog quiet = new TrainingLog() {
            @Override
            public void info(String line) {
                lines.add("[INFO] " + line);
            }

            @Override
            public void warn(String line) {
                lines.add("[WARNING] " + line);
            }

            @Override
            public void debug(String line) {
                debug.add(line);
            }
        };

        new ForkedTraining(config()).run(request(Optional.empty()), quiet);

        assertThat(lines).contains("[INFO] Training in a forked JVM (java " + Runtime.version().feature()
                + ", 2 run(s) on 1 thread(s))");
        assertThat(debug).as("the parent's own, made at once").anyMatch(l -> l.startsWith("Fork command line: "))
                .as("none from the fork, nor its protocol echoed").noneMatch(l -> l.startsWith("fork"));
    }

    @Test
    void inThisJvmTheSameLinesSayThereIsNoCacheAndWhatTheExecutorIsGiven() throws Exception {
        experiment();

        Training.run(request(Optional.empty()).withThreads(2), debugLog());

        assertThat(lines).contains("[DEBUG] expolu.executor=local: this JVM's threads, 2 at once",
                "[DEBUG] e/default/seed-1: no run cache (expolu.cache=false), so it trains",
                "[DEBUG] The executor (on 2 thread(s)) is given 2 run(s) of 2: e/default/seed-1 (fused),"
                        + " e/default/seed-2 (fused)");
    }

    private TrainingLog debugLog() {
        return TrainingLog.of(l -> lines.add("[INFO] " + l), l -> lines.add("[WARNING] " + l),
                l -> lines.add("[DEBUG] " + l));
    }

    /** This JVM's class path and 200 folders more that are not there, and {@link #LONG_ARG_LINE}. */
    private ForkConfig config() {
        List<Path> classPath = new ArrayList<>(Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).map(Path::of).toList());
        classPath.addAll(Collections.nCopies(200, dir.resolve("a-long-folder-name-of-a-dependency-not-there")));
        return new ForkConfig(ForkConfig.currentJava(), LONG_ARG_LINE, classPath, dir);
    }

    private TrainRequest request(Optional<Path> cache) {
        return TrainRequest.builder(dir.resolve("src")).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).progressInterval(Duration.ofHours(1))
                .lockMode(LockMode.OFF).cacheDirectory(cache).build();
    }

    private void experiment() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/e.yaml"), EXPERIMENT);
    }
}
