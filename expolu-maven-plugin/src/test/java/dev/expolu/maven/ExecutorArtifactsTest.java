package dev.expolu.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.graph.DefaultDependencyNode;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor's module resolved on demand: what is asked of the repository system, the fork's class
 * path, and the message where it cannot be had. The repository system is a stand-in
 * that records the request; the real resolution runs in the IT spark-on-demand.
 */
class ExecutorArtifactsTest {

    @TempDir
    Path dir;

    private final List<DependencyRequest> asked = new ArrayList<>();

    @Test
    void resolvesThePluginAgainWithTheModuleOfItsVersionAddedAsMavenResolvesAPluginDependency() throws Exception {
        Path pluginJar = jar("expolu-maven-plugin.jar");
        Path core = jar("expolu-core.jar");
        Path spark = jar("expolu-spark.jar");
        Path sparkCore = jar("spark-core.jar");
        RepositorySystem system = answering(List.of(result("dev.expolu:expolu-maven-plugin:0.2.0", pluginJar),
                result("dev.expolu:expolu-core:0.2.0", core), result("dev.expolu:expolu-spark:0.2.0", spark),
                result("org.apache.spark:spark-core_2.13:4.0.1", sparkCore)));
        org.apache.maven.model.Plugin declaration = new org.apache.maven.model.Plugin();
        org.apache.maven.model.Dependency extra = new org.apache.maven.model.Dependency();
        extra.setGroupId("org.example");
        extra.setArtifactId("extra");
        extra.setVersion("1.0");
        org.apache.maven.model.Exclusion exclusion = new org.apache.maven.model.Exclusion();
        exclusion.setGroupId("org.unwanted");
        exclusion.setArtifactId("lib");
        extra.addExclusion(exclusion);
        declaration.addDependency(extra);

        ExecutorArtifacts.Resolved resolved = new ExecutorArtifacts(system, null, List.of()).resolve("spark", "0.2.0",
                List.of(plugin("expolu-maven-plugin"), plugin("expolu-core")), declaration).orElseThrow();

        assertThat(resolved.classPath()).as("the fork's, as resolved").containsExactly(pluginJar, core, spark, sparkCore);
        assertThat(resolved.added()).as("beyond the plugin's own").containsExactly(spark, sparkCore);
        assertThat(asked).hasSize(1);
        var collect = asked.get(0).getCollectRequest();
        assertThat(collect.getRoot().getArtifact().toString()).as("the plugin's own dependencies, at the first level")
                .isEqualTo("dev.expolu:expolu-maven-plugin:jar:0.2.0");
        assertThat(collect.getDependencies()).extracting(d -> d.getArtifact().toString() + " " + d.getScope())
                .as("the project's declared plugin dependencies kept, the module beside them")
                .containsExactly("org.example:extra:jar:1.0 runtime", "dev.expolu:expolu-spark:jar:0.2.0 runtime");
        assertThat(collect.getDependencies().get(0).getExclusions()).extracting(e -> e.getGroupId() + ":"
                + e.getArtifactId()).as("the project's exclusions kept").containsExactly("org.unwanted:lib");
        var filter = asked.get(0).getFilter();
        assertThat(filter.accept(node("runtime"), List.of())).isTrue();
        assertThat(filter.accept(node("compile"), List.of())).isTrue();
        assertThat(filter.accept(node("test"), List.of())).as("a test dependency of Spark's").isFalse();
        assertThat(filter.accept(node("provided"), List.of())).isFalse();
    }

    @Test
    void resolvesNothingWhereThePluginWasDeclaredWithTheModuleOrForAnExecutorNotExpolus() throws Exception {
        RepositorySystem system = answering(List.of());

        assertThat(new ExecutorArtifacts(system, null, List.of()).resolve("spark", "0.2.0",
                List.of(plugin("expolu-core"), plugin("expolu-spark")), null)).isEmpty();
        assertThat(new ExecutorArtifacts(system, null, List.of()).resolve("ray", "0.2.0",
                List.of(plugin("expolu-core")), null)).isEmpty();
        assertThat(asked).as("the declared version stands; nothing asked").isEmpty();
    }

    @Test
    void aModuleThatCannotBeResolvedFailsSayingWhatToDo() {
        RepositorySystem system = (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RepositorySystem.class}, (proxy, method, args) -> {
                    DependencyRequest request = (DependencyRequest) args[1];
                    throw new DependencyResolutionException(new DependencyResult(request),
                            new IllegalStateException("Could not find artifact dev.expolu:expolu-spark:jar:0.2.0 in"
                                    + " central (https://repo.maven.apache.org/maven2)\nmore"));
                });

        assertThatThrownBy(() -> new ExecutorArtifacts(system, null, List.of()).resolve("spark", "0.2.0",
                List.of(plugin("expolu-core")), null)).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("expolu.executor=spark needs dev.expolu:expolu-spark:0.2.0, which could not be"
                        + " resolved from the build's plugin repositories: ")
                .hasMessageEndingWith("; declare it as a dependency of expolu-maven-plugin (docs/spark.md), or build"
                        + " online once; nothing trained");
    }

    private RepositorySystem answering(List<ArtifactResult> results) {
        return (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RepositorySystem.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("resolveDependencies")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    DependencyRequest request = (DependencyRequest) args[1];
                    asked.add(request);
                    DependencyResult result = new DependencyResult(request);
                    result.setArtifactResults(results);
                    return result;
                });
    }

    private static ArtifactResult result(String coordinates, Path file) {
        ArtifactResult result = new ArtifactResult(new ArtifactRequest());
        result.setArtifact(new org.eclipse.aether.artifact.DefaultArtifact(coordinates).setFile(file.toFile()));
        return result;
    }

    private static DefaultDependencyNode node(String scope) {
        return new DefaultDependencyNode(new Dependency(
                new org.eclipse.aether.artifact.DefaultArtifact("org.example:lib:1.0"), scope));
    }

    private static Artifact plugin(String artifactId) {
        return new DefaultArtifact("dev.expolu", artifactId, "0.2.0", "runtime", "jar", null,
                new DefaultArtifactHandler("jar"));
    }

    private Path jar(String name) throws Exception {
        return Files.createFile(dir.resolve(name));
    }
}
