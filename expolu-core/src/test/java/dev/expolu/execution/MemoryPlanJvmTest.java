package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.ExperimentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap plan in a JVM of a small {@code -Xmx}, as a user meets it: {@link Training#run} on an
 * experiment too large for that heap is refused with the numbers before anything trains; one whose
 * runs fit one or two at a time, but not the four asked for, trains fewer at once, says so, and
 * finishes without an {@link OutOfMemoryError}.
 */
class MemoryPlanJvmTest {

    @TempDir
    Path dir;

    /** Trains the experiments under {@code args[0]}/experiments on {@code args[1]} threads, printing the log. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        TrainingLog log = TrainingLog.of(line -> System.out.println("[INFO] " + line),
                line -> System.out.println("[WARNING] " + line));
        try {
            TrainResult result = Training.run(new TrainRequest(root.resolve("experiments"), List.of(),
                    root.resolve("records"), root.resolve("reports"), Integer.parseInt(args[1]), Duration.ofHours(1)),
                    log);
            System.out.println("[INFO] passed: " + result.passed());
        } catch (ExperimentException e) {
            System.out.println("[ERROR] " + e.getMessage());
        }
    }

    @Test
    void aRunTooLargeForTheHeapIsRefusedWithTheNumbersBeforeAnythingTrains() throws Exception {
        experiment("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model:
                  layers: 30
                  width: 2000
                  activation: expolu
                training: {rounds: 1, dtype: float32}
                """);

        String out = inJvmOf("-Xmx128m", 1);

        assertThat(out).contains("[ERROR] " + dir.resolve("experiments/big.yaml") + ":4: model.width is 2000: 30 x 2000"
                + " float32 needs 445 MiB a run, but this JVM has 128 MiB of heap, ")
                .containsPattern("MiB of it free for runs: raise -Xmx \\(MAVEN_OPTS, or expolu.argLine for a forked"
                        + " training JVM\\) or train a smaller model")
                .doesNotContain("Training 1 run(s)", "OutOfMemoryError");
        assertThat(dir.resolve("records")).doesNotExist();
    }

    @Test
    void runsThatFitOnlyTwoAtATimeTrainTwoAtOnceAndSaySo() throws Exception {
        // 5 x 1100 float64: Wh alone is 4 x 1100 x 1100 x 8 bytes = 37 MiB a run
        experiment("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 5, width: 1100, activation: expolu}
                training: {rounds: 1, dtype: float64}
                seeds: {from: 1, count: 4}
                """);

        String out = inJvmOf("-Xmx128m", 4);

        assertThat(out).containsPattern("\\[WARNING\\] expolu.threads is 4, but 4 runs at once need up to 15\\d MiB of"
                + " heap and this JVM has \\d+ MiB free for runs \\(128 MiB in all\\): training 2 at once; raise -Xmx")
                .contains("[INFO] Training 4 run(s) of 1 experiment(s) on 2 thread(s)", "[INFO] passed: true")
                .doesNotContain("OutOfMemoryError");
        for (int seed = 1; seed <= 4; seed++) {
            assertThat(dir.resolve("records/big/default/seed-" + seed + ".json")).isRegularFile();
        }
    }

    private void experiment(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("experiments"));
        Files.writeString(dir.resolve("experiments/big.yaml"), yaml);
    }

    /** {@link #main} in a new JVM with {@code heap}; its standard output and error. */
    private String inJvmOf(String heap, int threads) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), heap, "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), MemoryPlanJvmTest.class.getName(), dir.toString(),
                String.valueOf(threads)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
