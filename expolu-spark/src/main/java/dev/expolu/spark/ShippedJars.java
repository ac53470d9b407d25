package dev.expolu.spark;

import dev.expolu.training.FusedEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a task needs on an executor that has Spark alone: expolu-spark, expolu-core, expolu-api
 * (the {@code Trainer} a project's own classes implement, which they share with expolu), ASM (the code
 * hashes read class files without their debug attributes with it), and the two
 * ND4J jars the activations' class hierarchy names (nothing of ND4J's native code runs in the fused
 * engine). They go to the cluster through {@code spark.jars}, served by the driver, so a cluster
 * needs no copy of expolu. With cuda runs, the JavaCPP and CUDA bindings jars go too (JavaCPP's
 * code, and the JNI glue of each platform the driver has, a few MB; the NVIDIA driver and NVRTC
 * themselves are the executor machine's). A class folder (a build's {@code target/classes}) is
 * jarred first.
 */
final class ShippedJars {

    /** A class of each jar to ship. */
    static final List<Class<?>> ANCHORS = List.of(ShippedJars.class, FusedEngine.class, dev.expolu.api.Trainer.class,
            org.objectweb.asm.ClassReader.class,
            org.nd4j.linalg.activations.BaseActivationFunction.class, org.nd4j.common.primitives.Pair.class);

    /** A class of each jar the GPU engine adds (not initialized: naming it loads no native code). */
    static final List<Class<?>> GPU_ANCHORS = List.of(org.bytedeco.javacpp.Loader.class,
            org.bytedeco.cuda.global.cudart.class);

    /** A file of each platform's JNI glue jar, JavaCPP's and the CUDA bindings'. */
    static final List<String> GPU_NATIVES = List.of("org/bytedeco/javacpp/%s/libjnijavacpp.so",
            "org/bytedeco/cuda/%s/libjnicudart.so");
    static final List<String> PLATFORMS = List.of("linux-x86_64", "linux-arm64", "linux-ppc64le");

    private ShippedJars() {
    }

    /**
     * The jars' paths, class folders jarred under {@code scratch}; with {@code gpu}, the GPU
     * engine's too.
     *
     * @throws IOException where a class folder cannot be jarred
     */
    static List<Path> of(Path scratch, boolean gpu) throws IOException {
        Set<Path> jars = new LinkedHashSet<>();
        List<Path> locations = new ArrayList<>();
        for (Class<?> anchor : gpu ? concat(ANCHORS, GPU_ANCHORS) : ANCHORS) {
            locations.add(location(anchor.getName(), anchor.getProtectionDomain().getCodeSource() == null ? null
                    : anchor.getProtectionDomain().getCodeSource().getLocation()));
        }
        if (gpu) {
            for (String platform : PLATFORMS) {
                for (String file : GPU_NATIVES) {
                    URL found = ShippedJars.class.getClassLoader().getResource(file.formatted(platform));
                    if (found != null && found.getProtocol().equals("jar")) {
                        locations.add(location(file, new URL(found.getPath().substring(0,
                                found.getPath().indexOf("!/")))));
                    }
                }
            }
        }
        for (Path location : locations) {
            jars.add(Files.isDirectory(location) ? jar(location, scratch) : location);
        }
        return List.copyOf(jars);
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Path location(String what, URL source) {
        if (source == null) {
            throw new IllegalStateException(what + " has no code source, but expected a jar or a class"
                    + " folder to ship to Spark's executors");
        }
        try {
            return Path.of(source.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(what + " comes from " + source + ", which is not a file", e);
        }
    }

    /** {@code classes} jarred under {@code scratch}: its files at the jar's root, in name order. */
    static Path jar(Path classes, Path scratch) throws IOException {
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
