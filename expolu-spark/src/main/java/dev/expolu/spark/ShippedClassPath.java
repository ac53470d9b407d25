package dev.expolu.spark;

import dev.expolu.trainer.ProjectClasses;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The project's test class path on Spark's executors, where {@code model.kind: trainer} and
 * {@code dl4j} find the project's classes. The driver adds each element with
 * {@code SparkContext.addFile} (a class folder jarred first), under a name of its own; each executor
 * fetches them once an application to its local disk and loads them, as the forked JVM does, on a
 * class loader whose parent is expolu's own ({@link ProjectClasses}).
 *
 * <p>Not {@code addJar}: that puts the jars on the loader of expolu and Spark themselves, one flat
 * class path, where the project's classes would resolve otherwise than in a local build. Not a
 * broadcast: a project's resolved dependencies are often hundreds of megabytes (ND4J's native
 * libraries), which a broadcast holds in the driver's heap; {@code addFile} streams them from the
 * build's disk through the driver's file server. Both work alike on {@code local[N]} (the driver
 * fetches them to its own SparkFiles folder) and on a cluster.
 *
 * @param names         each element's name among the application's files, in class path order
 * @param jarredFolders the names of those that are class folders jarred
 */
record ShippedClassPath(List<String> names, Set<String> jarredFolders) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** None: the executors use their own JVM's class path, as {@link ProjectClasses#ofThisJvm()} does here. */
    static final ShippedClassPath THIS_JVM = new ShippedClassPath(List.of(), Set.of());

    ShippedClassPath {
        names = List.copyOf(names);
        jarredFolders = Set.copyOf(jarredFolders);
    }

    /**
     * Adds {@code classes}' elements to the application's files, class folders jarred under
     * {@code scratch}; {@link #THIS_JVM} where they are this JVM's own class path (a JUnit test's),
     * which a local master's executors share.
     *
     * @throws IOException where a class folder cannot be jarred or linked under {@code scratch}
     */
    static ShippedClassPath add(ProjectClasses classes, JavaSparkContext spark, Path scratch) throws IOException {
        if (classes.isThisJvm()) {
            return THIS_JVM;
        }
        Path folder = Files.createDirectories(scratch.resolve("classpath-" + Long.toHexString(System.nanoTime())));
        folder.toFile().deleteOnExit(); // after its files: the JVM deletes in the reverse order of these calls
        List<String> names = new ArrayList<>();
        Set<String> jarred = new HashSet<>();
        for (Path element : classes.classPath()) {
            String name = String.format("project-%03d-%s", names.size(), element.getFileName());
            if (Files.isDirectory(element)) {
                name += ".jar";
                Files.move(ShippedJars.jar(element, scratch), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                jarred.add(name);
            } else if (Files.isRegularFile(element)) {
                link(element, folder.resolve(name));
            } else {
                continue; // a class path element that is not there adds nothing here either
            }
            folder.resolve(name).toFile().deleteOnExit();
            spark.addFile(folder.resolve(name).toString());
            names.add(name);
        }
        return new ShippedClassPath(names, jarred);
    }

    /** A link to the jar under its name in the application (a copy where links cannot be made). */
    private static void link(Path jar, Path as) throws IOException {
        try {
            Files.createSymbolicLink(as, jar.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(jar, as, StandardCopyOption.REPLACE_EXISTING);
        }
        as.toFile().deleteOnExit();
    }

    /** The project's classes on this executor, from the files Spark fetched here. */
    ProjectClasses classes() {
        if (names.isEmpty()) {
            return ProjectClasses.ofThisJvm();
        }
        List<Path> paths = names.stream().map(n -> Path.of(SparkFiles.get(n))).toList();
        Set<Path> folders = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (jarredFolders.contains(names.get(i))) {
                folders.add(paths.get(i));
            }
        }
        return ProjectClasses.of(paths, folders);
    }
}
