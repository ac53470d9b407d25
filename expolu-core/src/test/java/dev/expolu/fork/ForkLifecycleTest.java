package dev.expolu.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.Suite;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainingLog;
import dev.expolu.experiment.Experiment;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fork never outlives its parent: it goes when the caller is interrupted or the parent is gone. */
class ForkLifecycleTest {

    /** Minutes of training: only ever stopped. */
    static final String ENDLESS = """
            data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
            model: {layers: 6, width: 64, activation: expolu}
            training: {rounds: 1000000, dtype: float32}
            """;

    @TempDir
    Path dir;

    @Test
    void interruptingTheCallerKillsTheForkAndSaysInterrupted() throws Exception {
        List<Experiment> experiments = experiments();
        CompletableFuture<String> started = new CompletableFuture<>();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread build = new Thread(() -> {
            try {
                new ForkedTraining(config()).train(experiments, request(), new TrainingLog() {
                    @Override
                    public void info(String line) {
                    }

                    @Override
                    public void warn(String line) {
                    }

                    @Override
                    public void runStarted(String run) {
                        started.complete(run);
                    }
                });
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        build.start();
        assertThat(started.get()).isEqualTo("endless/default/seed-1");
        List<ProcessHandle> forks = forks();
        assertThat(forks).hasSize(1);

        build.interrupt();
        build.join();

        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        forks.get(0).onExit().get(5, TimeUnit.MINUTES); // a guard against a hang, not a timing
        assertThat(forks.get(0).isAlive()).isFalse();
    }

    @Test
    void aForkWhoseParentIsGoneStops() throws Exception {
        Path requestFile = dir.resolve("request.json");
        ForkRequest.of(experiments(), request()).write(requestFile);
        ProcessBuilder builder = new ProcessBuilder(config().command(requestFile));
        builder.environment().put("CLASSPATH", config().classPathVariable());
        Process fork = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(fork.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            while (line != null && !line.startsWith("@expolu started")) {
                line = out.readLine();
            }
            assertThat(line).as("the fork's run started").isNotNull();

            fork.getOutputStream().close(); // what the fork sees when the build's JVM is gone

            assertThat(fork.waitFor(5, TimeUnit.MINUTES)).as("the fork stopped (a guard, not a timing)").isTrue();
            assertThat(fork.exitValue()).isEqualTo(ForkMain.ORPHANED);
        } finally {
            fork.destroyForcibly(); // where it did not stop, it must not outlive the test
        }
    }

    @Test
    void theForkIsRefusedAMissingRequestFile() throws Exception {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> ForkRequest.read(missing)).hasMessageStartingWith("cannot read the fork's request "
                + missing);
    }

    private List<Experiment> experiments() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/endless.yaml"), ENDLESS);
        return Suite.load(dir.resolve("src"), List.of());
    }

    private static List<ProcessHandle> forks() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(ForkMain.class.getName())).toList();
    }

    private ForkConfig config() {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ForkConfig(ForkConfig.currentJava(), List.of(), classPath, dir);
    }

    private TrainRequest request() {
        return new TrainRequest(dir.resolve("src"), List.of(), dir.resolve("records"), dir.resolve("reports"), 1,
                Duration.ofHours(1));
    }
}
