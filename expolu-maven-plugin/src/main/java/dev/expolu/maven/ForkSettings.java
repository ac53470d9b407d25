package dev.expolu.maven;

import dev.expolu.fork.ForkConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.toolchain.Toolchain;

/**
 * The forked JVM from the Mojo's parameters: the java ({@code expolu.jvm}, else the build's
 * {@code jdk} toolchain, else Maven's own), the executor's options and {@code expolu.argLine}, and
 * the plugin's class path.
 */
final class ForkSettings {

    private ForkSettings() {
    }

    /**
     * @param jvm        {@code expolu.jvm}: a java executable or a JDK home; null or blank for none
     * @param executor   the options the executor needs in the JVM that drives it (Spark's for Java 17),
     *                   before the user's
     * @param argLine    {@code expolu.argLine}
     * @param classPath  the plugin's class path: the core and its dependencies, and an executor's module
     *                   where one was resolved on demand
     * @param toolchain  the build's {@code jdk} toolchain, where it has one
     * @param workingDirectory the project's directory
     * @throws MojoExecutionException naming the parameter that is wrong and what was expected
     */
    static ForkConfig config(String jvm, List<String> executor, String argLine, List<Path> classPath,
            Optional<Toolchain> toolchain, File workingDirectory) throws MojoExecutionException {
        try {
            List<String> options = new ArrayList<>(executor);
            options.addAll(ForkConfig.splitArgLine(argLine));
            return new ForkConfig(java(jvm, toolchain), options, classPath,
                    workingDirectory == null ? null : workingDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private static Path java(String jvm, Optional<Toolchain> toolchain) {
        if (jvm != null && !jvm.isBlank()) {
            return ForkConfig.javaOf(Path.of(jvm.trim()));
        }
        return toolchain.map(t -> t.findTool("java")).map(Path::of).orElseGet(ForkConfig::currentJava);
    }

    /** The files of the plugin's artifacts. */
    static List<Path> files(List<Artifact> artifacts) throws MojoExecutionException {
        if (artifacts == null || artifacts.isEmpty()) {
            throw new MojoExecutionException("The plugin's artifacts (${plugin.artifacts}) are empty, but expected"
                    + " expolu-core and its dependencies for the forked JVM's class path");
        }
        return artifacts.stream().map(Artifact::getFile).filter(Objects::nonNull).map(File::toPath).toList();
    }
}
