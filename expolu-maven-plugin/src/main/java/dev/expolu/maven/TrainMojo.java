package dev.expolu.maven;

import dev.expolu.cache.RunCache;
import dev.expolu.execution.Defaults;
import dev.expolu.execution.ExecutorSettings;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.fork.ForkConfig;
import dev.expolu.fork.ForkException;
import dev.expolu.fork.ForkedTraining;
import dev.expolu.lock.LockMode;
import dev.expolu.run.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

/**
 * Trains the project's experiments and fails the build when a seeded run misses its expectation,
 * when a compared pair of variants does not show its claim, or when a curve moved from its lock.
 *
 * <p>Training runs in a forked JVM, the way Surefire forks tests: started with {@code --add-modules
 * jdk.incubator.vector}, so float32 runs on the vector kernels with no configuration. A fork that
 * dies fails the build naming the runs it was training; the records it finished stay.
 * {@code expolu.fork=false} trains in Maven's JVM. {@code expolu.executor=spark} trains the runs on
 * a Spark cluster instead of this machine's threads; the fork drives it.
 */
@Mojo(name = "train", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class TrainMojo extends AbstractExpoluMojo {

    /**
     * Fails the build when an expectation is missed, a compared pair does not show its claim, or a
     * curve moved from its lock; with {@code false}, these are a warning.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.haltOnFailure", defaultValue = Defaults.HALT_ON_FAILURE)
    boolean haltOnFailure;

    /**
     * How many runs train at once. Results do not depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.threads", defaultValue = Defaults.THREADS)
    int threads;

    /**
     * The least seconds between two progress lines of a run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.progressSeconds", defaultValue = Defaults.PROGRESS_SECONDS)
    int progressSeconds;

    /**
     * Lock files beside the experiment files ({@code <name>.lock.json}), snapshot tests of the curves:
     * {@code verify} holds curves to them bit for bit where the arithmetic is the lock's (engine,
     * dtype, the engine's declared arithmetic version, device), fails where one moved (naming a changed
     * setting, or whether the training code changed since it was pinned), and warns where a lock is
     * missing, lacks runs or was made under other arithmetic; {@code strict} fails there too (for CI:
     * verify day to day, strict where the gate must not go quiet); {@code update} rewrites them;
     * {@code off} ignores them. Only {@code update} writes into the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.lock", defaultValue = Defaults.LOCK)
    String lock;

    /**
     * Reuses the results of runs already trained with the same settings, seed and build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.cache", defaultValue = Defaults.CACHE)
    boolean cache;

    /**
     * The run cache; {@code ~/.expolu/cache} if not set. The GPU engine's compiled kernels are kept
     * there too, per device.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.cacheDirectory")
    File cacheDirectory;

    /**
     * An engine for every run, in place of each experiment file's {@code training.engine}:
     * {@code fused}, {@code dl4j}, {@code cuda} (expolu's kernels on an NVIDIA GPU) or {@code auto}
     * (cuda where a usable GPU is found, else fused). Empty keeps each file's own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.engine")
    String engine;

    /**
     * Trains in a forked JVM started with {@code --add-modules jdk.incubator.vector}, whatever Maven's
     * JVM has; {@code false} trains in Maven's JVM. Results do not depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.fork", defaultValue = Defaults.FORK)
    boolean fork;

    /**
     * Options of the forked JVM, such as {@code -Xmx4g}, split at spaces outside quotes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.argLine")
    String argLine;

    /**
     * The java of the forked JVM: an executable, or a JDK home with {@code bin/java}. Without it, the
     * {@code jdk} toolchain of maven-toolchains-plugin where the build selects one, else Maven's java.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.jvm")
    String jvm;

    /**
     * Where the runs the cache does not hold are trained: {@code local}, this machine's threads
     * ({@code expolu.threads} of them), or {@code spark}, one task a run on the Spark cluster at
     * {@code expolu.spark.master} (cuda runs: a task per batch of one shape, on an executor with a
     * GPU), with {@code dev.expolu:expolu-spark} (and Spark) resolved on demand for the forked JVM where
     * this plugin was declared without it. Records, locks, cache and reports do not depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.executor", defaultValue = Defaults.EXECUTOR)
    String executor;

    /**
     * The Spark master for {@code expolu.executor=spark}: {@code local[N]}, {@code spark://host:7077},
     * {@code yarn} or {@code k8s://https://host:443}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.spark.master")
    String sparkMaster;

    /**
     * More of Spark's configuration, {@code key=value} pairs split at spaces outside quotes, such as
     * {@code spark.executor.memory=2g 'spark.executor.extraJavaOptions=-Xss4m -XX:+UseParallelGC'}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.spark.conf")
    String sparkConf;

    /**
     * How long the build waits for the Spark cluster to start its application and give it an
     * executor, and, later, for an executor while it has none (with {@code expolu.engine=cuda}, also
     * for an executor to take a GPU task); then it fails naming the master, the records already
     * written kept.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.spark.timeoutSeconds", defaultValue = Defaults.SPARK_TIMEOUT_SECONDS)
    int sparkTimeoutSeconds;

    /**
     * With {@code expolu.engine=cuda} on Spark: the most runs of one shape one task trains together on
     * the GPU Spark gives it. Fewer a task: more GPUs share the work, and a lost task retrains less.
     *
     * @since 0.1.0
     */
    @Parameter(property = "expolu.spark.gpuBatch", defaultValue = Defaults.SPARK_GPU_BATCH)
    int sparkGpuBatch;

    /**
     * The plugin's artifacts: expolu-core and its dependencies, the forked JVM's class path.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    List<Artifact> pluginArtifacts;

    /**
     * The build, where a {@code jdk} toolchain is looked up.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /**
     * The project, whose plugin repositories an executor's module is resolved from on demand.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /**
     * This plugin's own version, the version of an executor's module resolved on demand.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /**
     * This plugin as the project declares it, whose own dependencies an executor's module is resolved with.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    /** Resolves an executor's module ({@code expolu-spark}) where the plugin was declared without it. */
    @Component
    RepositorySystem repositorySystem;

    /** Finds the {@code jdk} toolchain maven-toolchains-plugin selected, for the forked JVM. */
    @Component
    ToolchainManager toolchains;

    @Override
    String goal() {
        return "train";
    }

    @Override
    TrainResult run(TrainRequest request)
            throws ExperimentException, InterruptedException, IOException, MojoExecutionException {
        String executor = request.executor().name();
        if (!fork && ExecutorArtifacts.onDemand(executor, pluginArtifacts)) {
            throw new MojoExecutionException("expolu.executor=" + executor + " with expolu.fork=false needs "
                    + ExecutorArtifacts.module(executor).orElseThrow() + " as a dependency of expolu-maven-plugin:"
                    + " resolved on demand, it reaches only the forked JVM; nothing trained");
        }
        Optional<ExecutorArtifacts.Resolved> onDemand = repositorySystem == null || request.executor().isLocal()
                ? Optional.empty()
                : new ExecutorArtifacts(repositorySystem, session == null ? null : session.getRepositorySession(),
                        project == null ? List.of() : project.getRemotePluginRepositories())
                        .resolve(executor, pluginVersion, pluginArtifacts, plugin == null ? null : plugin.getPlugin());
        onDemand.ifPresent(r -> getLog().info("expolu.executor=" + executor + ": " + ExecutorArtifacts.module(executor)
                .orElseThrow() + ":" + pluginVersion + " resolved with " + r.added().size() + " jar(s) more for the"
                + " forked JVM"));
        List<String> executorOptions = request.executor().isLocal() ? List.of()
                : ExecutorArtifacts.jvmOptions(executor, onDemand);
        if (!fork) {
            getLog().debug("expolu.fork=false: training in Maven's JVM, on the " + executor + " executor");
            if (!executorOptions.isEmpty()) {
                getLog().warn("expolu.fork=false: the " + request.executor().name() + " executor runs in Maven's JVM,"
                        + " which needs these options in .mvn/jvm.config or MAVEN_OPTS: "
                        + String.join(" ", executorOptions));
            }
            return Training.run(request, trainingLog());
        }
        Optional<Toolchain> toolchain = toolchains == null || session == null ? Optional.empty()
                : Optional.ofNullable(toolchains.getToolchainFromBuildContext("jdk", session));
        List<Path> classPath = onDemand.isPresent() ? onDemand.get().classPath() : ForkSettings.files(pluginArtifacts);
        ForkConfig config = ForkSettings.config(jvm, executorOptions, argLine, classPath, toolchain, basedir);
        getLog().debug("expolu.fork=true: training in a forked JVM, " + config.java() + (jvm != null && !jvm.isBlank()
                ? " (expolu.jvm)" : toolchain.isPresent() ? " (the jdk toolchain)" : " (Maven's own)") + ", on the "
                + executor + " executor" + (executorOptions.isEmpty() ? "" : ", with its JVM options "
                        + executorOptions));
        try {
            return new ForkedTraining(config).run(request, trainingLog());
        } catch (ForkException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    void conclude(TrainResult result) throws MojoFailureException {
        if (!result.passed()) {
            if (haltOnFailure) {
                throw new MojoFailureException(result.failureMessage());
            }
            result.failureMessage().lines().forEach(getLog()::warn);
        }
    }

    @Override
    TrainRequest request() throws MojoExecutionException {
        if (threads < 1) {
            throw new MojoExecutionException("expolu.threads is " + threads + ", but expected at least 1");
        }
        LockMode lockMode;
        try {
            lockMode = lock == null ? Defaults.lockMode() : LockMode.fromId(lock);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Optional<Path> cachePath = !cache ? Optional.empty()
                : Optional.of(cacheDirectory != null ? cacheDirectory.toPath() : RunCache.defaultDirectory());
        Optional<Engine> engineOverride;
        try {
            engineOverride = engine == null || engine.isBlank() ? Optional.empty() : Optional.of(Engine.fromId(engine));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return TrainRequest.builder(experimentsDirectory.toPath()).includes(includes())
                .recordsDirectory(recordsDirectory.toPath()).reportsDirectory(reportsDirectory.toPath())
                .threads(threads).progressInterval(Duration.ofSeconds(Math.max(1, progressSeconds)))
                .lockMode(lockMode).cacheDirectory(cachePath).engine(engineOverride).executor(executorSettings())
                .projectClassPath(projectClassPath()).build();
    }

    /** {@code expolu.executor} and, for spark, its {@code expolu.spark.*} options. */
    ExecutorSettings executorSettings() {
        String name = executor == null || executor.isBlank() ? ExecutorSettings.LOCAL.name() : executor.trim();
        if (name.equals(ExecutorSettings.LOCAL.name())) {
            if (sparkMaster != null || sparkConf != null) {
                getLog().warn("expolu.spark." + (sparkMaster != null ? "master" : "conf") + " is set, but"
                        + " expolu.executor is local; it is ignored (expolu.executor=spark trains on Spark)");
            }
            return ExecutorSettings.LOCAL;
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (sparkMaster != null) {
            options.put("master", sparkMaster);
        }
        if (sparkConf != null) {
            options.put("conf", sparkConf);
        }
        options.put("timeoutSeconds", String.valueOf(sparkTimeoutSeconds));
        options.put("gpuBatch", String.valueOf(sparkGpuBatch));
        return new ExecutorSettings(name, options);
    }
}
