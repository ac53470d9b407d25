package dev.expolu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.expolu.execution.ExecutorSettings;
import java.util.Arrays;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mojo without a container: fields set as Maven would, a real tiny experiment trained. */
class TrainMojoTest {

    static final String TINY = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 4, activation: expolu}
            training: {rounds: 3, learningRate: 1.0e-3, dtype: float64}
            seeds: [1, 2]
            expect:
              - finalLoss: {atMost: %s}
            """;

    @TempDir
    Path dir;

    private TrainMojo mojo;
    private CapturingLog log;

    @BeforeEach
    void mojo() {
        mojo = new TrainMojo();
        log = new CapturingLog();
        mojo.setLog(log);
        mojo.experimentsDirectory = dir.resolve("src/experiments").toFile();
        mojo.reportsDirectory = dir.resolve("target/expolu-reports").toFile();
        mojo.recordsDirectory = dir.resolve("target/expolu").toFile();
        mojo.haltOnFailure = true;
        mojo.threads = 2;
        mojo.progressSeconds = 10;
        mojo.lock = "off";
        mojo.cache = false;
        mojo.fork = false; // in this JVM, for speed; the fork's own tests are below
    }

    @Test
    void passesWhenTheExpectationIsMetAndLeavesRecordsAndReports() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));

        mojo.execute();

        assertThat(dir.resolve("target/expolu/tiny/default/seed-1.json")).isRegularFile();
        assertThat(dir.resolve("target/expolu/tiny/default/seed-2.json")).isRegularFile();
        assertThat(Files.readString(dir.resolve("target/expolu-reports/TEST-expolu.tiny.xml")))
                .contains("<testsuite name=\"expolu.tiny\" tests=\"1\" failures=\"0\"");
        assertThat(log.lines).anyMatch(l -> l.contains("Experiment tiny (tiny.yaml)"))
                .anyMatch(l -> l.contains("finalLoss <= 1e6: 2 of 2 (need 2)"));
    }

    @Test
    void withDebugTheLogSaysWhereEachRunTrainsOrThatTheCacheHoldsIt() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        mojo.cache = true;
        mojo.cacheDirectory = dir.resolve("cache").toFile();
        log.debug = true;

        mojo.execute();

        assertThat(log.lines).contains("[DEBUG] expolu.fork=false: training in Maven's JVM, on the local executor",
                        "[DEBUG] expolu.executor=local: this JVM's threads, 2 at once",
                        "[DEBUG] The executor (on 2 thread(s)) is given 2 run(s) of 2: tiny/default/seed-1 (fused),"
                                + " tiny/default/seed-2 (fused)")
                .anyMatch(l -> l.matches("\\[DEBUG] tiny/default/seed-1: not in the run cache \\(key [0-9a-f]{64}\\),"
                        + " so it trains"));
        log.lines.clear();
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.matches("\\[DEBUG] tiny/default/seed-2: taken from the run cache"
                + " \\(key [0-9a-f]{64}\\)")).noneMatch(l -> l.contains("is given"));
    }

    @Test
    void failsTheBuildListingEveryMiss() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e-12"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Experiment expectations missed:")
                .hasMessageContaining("tiny/default: finalLoss <= 1e-12 in >= 2 of 2 seeds: 0 of 2 met it; seed 1: ")
                .hasMessageContaining(", seed 2: ");
        assertThat(Files.readString(dir.resolve("target/expolu-reports/TEST-expolu.tiny.xml")))
                .contains("failures=\"1\"", "<failure message=\"finalLoss &lt;= 1e-12 in &gt;= 2 of 2 seeds");
    }

    @Test
    void warnsInsteadWhenHaltOnFailureIsFalse() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e-12"));
        mojo.haltOnFailure = false;

        mojo.execute();

        assertThat(log.lines).contains("[WARNING] Experiment expectations missed:");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[WARNING]   tiny/default: finalLoss <= 1e-12")
                && l.contains("0 of 2 met it"));
    }

    @Test
    void refusesABrokenFileBeforeTrainingAnything() throws Exception {
        experiment("good.yaml", TINY.formatted("1.0e6"));
        experiment("broken.yaml", TINY.formatted("1.0e6").replace("layers: 2", "layers: 1"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Invalid experiment file(s), nothing trained")
                .hasMessageContaining("broken.yaml:2: model.layers is 1, but expected at least 2");
        assertThat(dir.resolve("target/expolu")).doesNotExist();
    }

    @Test
    void skipTrainsNothing() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e-12"));
        mojo.skip = true;

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] Skipping expolu:train (expolu.skip)");
    }

    @Test
    void includeSelectsByNameOrGlob() throws Exception {
        experiment("alpha.yaml", TINY.formatted("1.0e6"));
        experiment("beta.yaml", TINY.formatted("1.0e-12"));
        mojo.include = "al*";

        mojo.execute();

        assertThat(dir.resolve("target/expolu/alpha")).isDirectory();
        assertThat(dir.resolve("target/expolu/beta")).doesNotExist();

        experiment("g.yaml", "name: gamma\n" + TINY.formatted("1.0e6"));
        mojo.include = "g.yaml";
        mojo.execute();
        assertThat(dir.resolve("target/expolu/gamma")).as("by its file's name").isDirectory();

        mojo.include = "delta";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(dir.resolve("src/experiments") + ": expolu.include 'delta' matches no experiment;"
                        + " expected an experiment's name or its file's name, found alpha.yaml, beta.yaml, gamma (g.yaml)");
    }

    @Test
    void theReportGoalRendersTheRecordsAgainWithoutTraining() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        mojo.execute();
        Path html = dir.resolve("target/expolu-reports/index.html");
        Files.delete(html);

        ReportMojo report = new ReportMojo();
        CapturingLog reportLog = new CapturingLog();
        report.setLog(reportLog);
        report.experimentsDirectory = mojo.experimentsDirectory;
        report.reportsDirectory = mojo.reportsDirectory;
        report.recordsDirectory = mojo.recordsDirectory;
        report.execute();

        assertThat(html).isRegularFile();
        assertThat(Files.readString(html)).contains("<h2>tiny</h2>", "<path class=\"curve\"");
        assertThat(reportLog.lines).noneMatch(l -> l.contains("Training"))
                .anyMatch(l -> l.contains("Experiment tiny (tiny.yaml)"));
    }

    static final String TWO_RATES = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 2, width: 8, activation: expolu}
            training: {rounds: 60, dtype: float64}
            seeds: {from: 1, count: 5}
            variants:
              fast: {training: {learningRate: 2.0e-2}}
              slow: {training: {learningRate: 1.0e-7}}
            compare:
              - {metric: finalLoss, lower: %s, than: %s, pValue: 0.05}
            """;

    @Test
    void aComparisonTheDataShowPasses() throws Exception {
        experiment("rates.yaml", TWO_RATES.formatted("fast", "slow"));

        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.matches(".*compare: finalLoss lower in fast than in slow: p = 3\\.97e-3 <= 0\\.05"
                + " \\(Mann-Whitney U = 25 of 25, exact; medians .*"));
    }

    @Test
    void aComparisonTheDataDoNotShowFailsWithItsFigures() throws Exception {
        experiment("rates.yaml", TWO_RATES.formatted("slow", "fast"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Comparisons the data do not show:")
                .hasMessageContaining("finalLoss lower in slow than in fast: p = 1, but expected p <= 0.05"
                        + " (Mann-Whitney U = 0 of 25, exact; medians ");
        assertThat(Files.readString(dir.resolve("target/expolu-reports/TEST-expolu.rates.xml")))
                .contains("name=\"compare: finalLoss lower in slow than in fast\"", "expolu.ComparisonNotShown");
        assertThat(Files.readString(dir.resolve("target/expolu-reports/index.html")))
                .contains("<li class=\"missed\">finalLoss lower in slow than in fast: p = 1");
    }

    @Test
    void aRunThatDivergesMeetsNoExpectationAndTheBuildSaysWhere() throws Exception {
        experiment("wild.yaml", """
                data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 30, learningRate: 100, dtype: float64}
                seeds: [1, 2]
                expect:
                  - roundsTo: {loss: 1.0e-30, atLeast: 5}
                """);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("(?s).*wild/default: roundsTo\\(1e-30\\) >= 5 in >= 2 of 2 seeds: 0 of 2 met it;"
                        + " seed 1: diverged at round \\d+, seed 2: diverged at round \\d+.*");
        assertThat(log.lines).anyMatch(l -> l.matches("\\[INFO\\] +default: seed 1 diverged at round \\d+, seed 2"
                + " diverged at round \\d+"));
    }

    @Test
    void threadsMustBePositive() {
        mojo.threads = 0;
        assertThatThrownBy(mojo::request).hasMessage("expolu.threads is 0, but expected at least 1");
    }

    @Test
    void aMissingDefaultDirectoryIsNothingToTrainAMissingChosenOneAnError() throws Exception {
        mojo.basedir = dir.resolve("module-without-experiments").toFile();
        mojo.experimentsDirectory = new File(mojo.basedir, "src/experiments");
        mojo.execute();
        assertThat(log.lines).singleElement().asString().contains("nothing to do");

        mojo.experimentsDirectory = new File(dir.toFile(), "experimnets");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("expolu.experimentsDirectory is " + mojo.experimentsDirectory + ", which is not a folder;"
                        + " expected the folder of the experiment files (only the default, src/experiments, may be"
                        + " absent, for a module without experiments)");
    }

    @Test
    void trainsInAForkedJvmWithTheVectorModuleAndItsLinesReachTheLog() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        forked();
        log.debug = true;

        mojo.execute();

        assertThat(log.lines).contains("[INFO] Training in a forked JVM (java " + Runtime.version().feature()
                        + ", 2 run(s) on 2 thread(s))")
                .anyMatch(l -> l.startsWith("[DEBUG] Fork command line: ")
                        && l.contains(" --add-modules jdk.incubator.vector dev.expolu.fork.ForkMain "))
                .anyMatch(l -> l.startsWith("[DEBUG] expolu:train asks the core: TrainRequest[")
                        && l.contains("threads=2"))
                .anyMatch(l -> l.startsWith("[DEBUG] expolu.fork=true: training in a forked JVM, ")
                        && l.endsWith(" (Maven's own), on the local executor"))
                .contains("[DEBUG] fork said: started tiny/default/seed-1", "[DEBUG] fork said: done")
                .contains("[INFO] Training 2 run(s) of 1 experiment(s) on 2 thread(s)")
                .anyMatch(l -> l.startsWith("[INFO] tiny/default/seed-2: done"))
                .anyMatch(l -> l.contains("finalLoss <= 1e6: 2 of 2 (need 2)"));
        assertThat(dir.resolve("target/expolu/tiny/default/seed-1.json")).isRegularFile();
    }

    @Test
    void aForkThatDiesFailsTheBuildWithWhatItSaid() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        forked();
        mojo.argLine = "-Xmx1m";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The forked training JVM ended with exit status 1 before it trained a run")
                .hasMessageContaining("Too small maximum heap");
    }

    @Test
    void aJvmThatIsNoJavaIsRefusedNamingTheParameter() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        forked();
        mojo.jvm = dir.resolve("no-jdk").toString();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("expolu.jvm is " + dir.resolve("no-jdk") + ", but expected a java executable"
                        + " or a JDK home with bin/java");
        mojo.jvm = System.getProperty("java.home");
        log.debug = true;
        mojo.execute();
        assertThat(log.lines).contains("[DEBUG] expolu.fork=true: training in a forked JVM, "
                + Path.of(System.getProperty("java.home"), "bin", "java") + " (expolu.jvm), on the local executor");
    }

    @Test
    void sparkWithoutAForkNeedsTheModuleDeclaredAndIsRefusedBeforeAnythingIsResolved() throws Exception {
        experiment("tiny.yaml", TINY.formatted("1.0e6"));
        mojo.executor = "spark";
        mojo.sparkMaster = "local[2]";
        mojo.pluginVersion = "0.2.0";
        mojo.repositorySystem = (org.eclipse.aether.RepositorySystem) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.eclipse.aether.RepositorySystem.class},
                (proxy, method, args) -> {
                    throw new AssertionError("nothing is resolved for a build that cannot use it");
                });

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("expolu.executor=spark with expolu.fork=false needs dev.expolu:expolu-spark as a dependency"
                        + " of expolu-maven-plugin: resolved on demand, it reaches only the forked JVM; nothing trained");
        assertThat(dir.resolve("target/expolu/tiny")).doesNotExist();
    }

    @Test
    void theExecutorAndItsSparkOptionsReachTheRequest() throws Exception {
        mojo.executor = "spark";
        mojo.sparkMaster = "yarn";
        mojo.sparkConf = "spark.executor.memory=2g";
        mojo.sparkTimeoutSeconds = 30;
        mojo.sparkGpuBatch = 8;
        assertThat(mojo.request().executor()).isEqualTo(new ExecutorSettings("spark", Map.of("master", "yarn",
                "conf", "spark.executor.memory=2g", "timeoutSeconds", "30", "gpuBatch", "8")));
        assertThat(log.lines).isEmpty();
        mojo.executor = "local";
        assertThat(mojo.request().executor()).isEqualTo(ExecutorSettings.LOCAL);
        assertThat(log.lines).containsExactly("[WARNING] expolu.spark.master is set, but expolu.executor is local; it"
                + " is ignored (expolu.executor=spark trains on Spark)");
        mojo.executor = null;
        assertThat(mojo.request().executor()).isEqualTo(ExecutorSettings.LOCAL);
    }

    /** The fork as Maven configures it, with this JVM's class path as the plugin's artifacts. */
    private void forked() {
        mojo.fork = true;
        mojo.basedir = dir.toFile();
        mojo.pluginArtifacts = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    Artifact artifact = new DefaultArtifact("test", entry, "1", "runtime", "jar", null,
                            new DefaultArtifactHandler("jar"));
                    artifact.setFile(new File(entry));
                    return artifact;
                }).toList();
    }

    private void experiment(String name, String text) throws Exception {
        Path experiments = dir.resolve("src/experiments");
        Files.createDirectories(experiments);
        Files.writeString(experiments.resolve(name), text);
    }
}
