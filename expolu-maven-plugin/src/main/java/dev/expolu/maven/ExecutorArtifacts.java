package dev.expolu.maven;

import dev.expolu.execution.RunExecutors;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * An executor's module resolved on demand, the way Surefire resolves its providers: where
 * {@code expolu.executor=spark} and the plugin was declared without {@code dev.expolu:expolu-spark},
 * the plugin's class path is resolved again with that module of the plugin's own version added to the
 * plugin's dependencies, as Maven resolves a plugin dependency a project declares (the nearest version
 * of a library both need wins: Spark's newer commons-lang3 over DL4J's). The result is the forked JVM's
 * class path. A project that never asks for Spark never downloads it, and one that does needs nothing
 * but the plugin declared.
 */
final class ExecutorArtifacts {

    /**
     * The forked JVM's class path with the module, and the jars it added to the plugin's own (to find
     * the executor's factory from Maven's JVM).
     */
    record Resolved(List<Path> classPath, List<Path> added) {

        Resolved {
            classPath = List.copyOf(classPath);
            added = List.copyOf(added);
        }
    }

    /** The executors that are expolu modules, by {@code expolu.executor} name. */
    private static final Map<String, String> MODULES = Map.of("spark", "expolu-spark");

    private static final String GROUP = "dev.expolu";
    private static final String PLUGIN = GROUP + ":expolu-maven-plugin";
    private static final Set<String> NOT_AT_RUN_TIME = Set.of("test", "provided", "system");

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ExecutorArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /**
     * Whether {@code executor} is an expolu module the plugin was declared without, so that it would be
     * resolved on demand.
     */
    static boolean onDemand(String executor, List<Artifact> plugin) {
        return module(executor).filter(m -> !coordinates(plugin).contains(m)).isPresent();
    }

    /**
     * The options the executor needs in the JVM that drives it, from its factory: found on the
     * plugin's class path, or on the jars resolved on demand.
     */
    static List<String> jvmOptions(String executor, Optional<Resolved> onDemand) throws MojoExecutionException {
        List<Path> added = onDemand.map(Resolved::added).orElse(List.of());
        if (added.isEmpty()) {
            return RunExecutors.factory(executor).jvmOptions();
        }
        URL[] urls = new URL[added.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = added.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("Cannot load " + added.get(i) + ": " + e.getMessage(), e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls, ExecutorArtifacts.class.getClassLoader())) {
            return List.copyOf(RunExecutors.factory(executor, loader).jvmOptions());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the class loader of " + added.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** The plugin's artifacts as {@code groupId:artifactId}. */
    private static Set<String> coordinates(List<Artifact> plugin) {
        return plugin == null ? Set.of() : plugin.stream().map(a -> a.getGroupId() + ":" + a.getArtifactId())
                .collect(Collectors.toSet());
    }

    /** The module of {@code executor}, as {@code groupId:artifactId}; empty for one that is not expolu's. */
    static Optional<String> module(String executor) {
        return Optional.ofNullable(MODULES.get(executor)).map(id -> GROUP + ":" + id);
    }

    /**
     * The class path {@code executor} needs; empty where the plugin's own serves: declared with its
     * module (the project's choice of version stands), or an executor that is not expolu's.
     *
     * @param declaration the plugin as the project declares it, whose dependencies the resolution keeps
     * @throws MojoExecutionException where the module cannot be resolved, saying what to do
     */
    Optional<Resolved> resolve(String executor, String version, List<Artifact> plugin,
            org.apache.maven.model.Plugin declaration) throws MojoExecutionException {
        if (!onDemand(executor, plugin)) {
            return Optional.empty();
        }
        Optional<String> module = module(executor);
        Set<String> have = coordinates(plugin);
        List<Dependency> declared = declaration == null ? List.of()
                : declaration.getDependencies().stream().map(ExecutorArtifacts::dependency).toList();
        String coordinates = module.get() + ":" + version;
        List<Dependency> dependencies = new ArrayList<>(declared);
        dependencies.add(new Dependency(new DefaultArtifact(coordinates), "runtime"));
        CollectRequest collect = new CollectRequest(dependencies, List.of(), repositories);
        collect.setRoot(new Dependency(new DefaultArtifact(PLUGIN + ":" + version), "runtime"));
        DependencyFilter runtime = (node, parents) -> node.getDependency() == null
                || !NOT_AT_RUN_TIME.contains(node.getDependency().getScope());
        try {
            List<org.eclipse.aether.artifact.Artifact> artifacts = system.resolveDependencies(session,
                    new DependencyRequest(collect, runtime)).getArtifactResults().stream()
                    .map(ArtifactResult::getArtifact).toList();
            return Optional.of(new Resolved(artifacts.stream().map(a -> a.getFile().toPath()).toList(),
                    artifacts.stream().filter(a -> !have.contains(a.getGroupId() + ":" + a.getArtifactId()))
                            .map(a -> a.getFile().toPath()).toList()));
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("expolu.executor=" + executor + " needs " + coordinates + ", which could"
                    + " not be resolved from the build's plugin repositories: " + firstLine(e.getMessage())
                    + "; declare it as a dependency of expolu-maven-plugin (docs/spark.md), or"
                    + " build online once; nothing trained", e);
        }
    }

    /** A plugin dependency as the project declares it, its exclusions and optional flag kept. */
    private static Dependency dependency(org.apache.maven.model.Dependency d) {
        ArtifactType type = new DefaultArtifactType(d.getType() == null ? "jar" : d.getType());
        DefaultArtifact artifact = new DefaultArtifact(d.getGroupId(), d.getArtifactId(), d.getClassifier(),
                type.getExtension(), d.getVersion(), type);
        List<Exclusion> exclusions = d.getExclusions().stream()
                .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")).toList();
        return new Dependency(artifact, d.getScope() == null ? "runtime" : d.getScope(), d.isOptional(), exclusions);
    }

    private static String firstLine(String text) {
        String t = String.valueOf(text);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
