package dev.expolu.maven;

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
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
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

    /** The module of {@code executor}, as {@code groupId:artifactId}; empty for one that is not expolu's. */
    static Optional<String> module(String executor) {
        return Optional.ofNullable(MODULES.get(executor)).map(id -> GROUP + ":" + id);
    }

    /**
     * The class path {@code executor} needs; empty where the plugin's own serves: declared with its
     * module (the project's choice of version stands), or an executor that is not expolu's.
     *
     * @param declared the plugin's dependencies as the project declares them, kept in the resolution
     * @throws MojoExecutionException where the module cannot be resolved, saying what to do
     */
    Optional<Resolved> resolve(String executor, String version, List<Artifact> plugin, List<Dependency> declared)
            throws MojoExecutionException {
        Optional<String> module = module(executor);
        Set<String> have = plugin.stream().map(a -> a.getGroupId() + ":" + a.getArtifactId())
                .collect(Collectors.toSet());
        if (module.isEmpty() || have.contains(module.get())) {
            return Optional.empty();
        }
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
                    + "; declare it as a dependency of expolu-maven-plugin (README, 'Running on a Spark cluster'),"
                    + " or build online once; nothing trained", e);
        }
    }

    private static String firstLine(String text) {
        String t = String.valueOf(text);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
