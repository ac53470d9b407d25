package dev.expolu.spark;

import dev.expolu.training.FusedEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a task needs on an executor that has Spark alone: expolu-spark, expolu-core, and the two
 * ND4J jars the activations' class hierarchy names (nothing of ND4J's native code runs in the fused
 * engine). They go to the cluster through {@code spark.jars}, served by the driver, so a cluster
 * needs no copy of expolu. A class folder (a build's {@code target/classes}) is jarred first.
 */
final class ShippedJars {

    /** A class of each jar to ship. */
    static final List<Class<?>> ANCHORS = List.of(ShippedJars.class, FusedEngine.class,
            org.nd4j.linalg.activations.BaseActivationFunction.class, org.nd4j.common.primitives.Pair.class);

    private ShippedJars() {
    }

    /**
     * The jars' paths, class folders jarred under {@code scratch}.
     *
     * @throws IOException where a class folder cannot be jarred
     */
    static List<Path> of(Path scratch) throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> anchor : ANCHORS) {
            Path location = location(anchor);
            jars.add(Files.isDirectory(location) ? jar(location, scratch) : location);
        }
        return List.copyOf(jars);
    }

    private static Path location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException(anchor.getName() + " has no code source, but expected a jar or a class"
                    + " folder to ship to Spark's executors");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(anchor.getName() + " comes from " + source.getLocation()
                    + ", which is not a file", e);
        }
    }

    private static Path jar(Path classes, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        Path jar = Files.createTempFile(scratch, classes.getParent().getFileName() + "-classes-", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        jar.toFile().deleteOnExit();
        return jar;
    }
}
