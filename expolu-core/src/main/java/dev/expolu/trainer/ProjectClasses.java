package dev.expolu.trainer;

import dev.expolu.api.Trainer;
import dev.expolu.training.TrainingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The project's own classes, where {@code model.kind: trainer} finds its {@link Trainer}: the
 * project's test class path (its compiled classes and resolved dependencies), on a class loader whose
 * parent is expolu's own, so that the trainer and expolu share {@code dev.expolu.api}. Its hash, by
 * content, is the code of every trainer run's arithmetic: the run cache never serves a curve of other
 * code.
 */
public final class ProjectClasses {

    private final List<Path> classPath;
    private final ClassLoader loader;
    private String hash;

    private ProjectClasses(List<Path> classPath, ClassLoader loader) {
        this.classPath = List.copyOf(classPath);
        this.loader = loader;
    }

    private static final Map<List<Path>, ProjectClasses> LOADED = new ConcurrentHashMap<>();

    /** The project's test class path, as the plugin resolves it: one loader a class path in a JVM. */
    public static ProjectClasses of(List<Path> classPath) {
        return LOADED.computeIfAbsent(List.copyOf(classPath), ProjectClasses::load);
    }

    private static ProjectClasses load(List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classPath) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path element " + p + ": " + e.getMessage(), e);
            }
        }
        return new ProjectClasses(classPath, new URLClassLoader("expolu-project", urls.toArray(URL[]::new),
                ProjectClasses.class.getClassLoader()));
    }

    /**
     * This JVM's own class path, where the project's classes already are (a JUnit test training
     * through {@code expolu-assertj}).
     */
    public static ProjectClasses ofThisJvm() {
        return THIS_JVM;
    }

    private static final ProjectClasses THIS_JVM = thisJvm();

    private static ProjectClasses thisJvm() {
        List<Path> classPath = Stream.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new ProjectClasses(classPath, context != null ? context : ProjectClasses.class.getClassLoader());
    }

    public List<Path> classPath() {
        return classPath;
    }

    /**
     * The class named {@code name}.
     *
     * @throws IllegalArgumentException "is NAME, but no such class is on the project's test class path"
     */
    public Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("is " + name + ", but no such class is on the project's test class path ("
                    + classPath.size() + " element(s))");
        }
    }

    /**
     * The trainer class named {@code name}.
     *
     * @throws IllegalArgumentException saying what is wrong: not found, not a {@link Trainer}, or without
     *                                  a public constructor taking no arguments
     */
    public Class<? extends Trainer> trainerClass(String name) {
        Class<?> found = load(name);
        if (!Trainer.class.isAssignableFrom(found)) {
            throw new IllegalArgumentException("is " + name + ", but it does not implement " + Trainer.class.getName());
        }
        try {
            found.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("is " + name + ", but it has no public constructor without arguments");
        }
        return found.asSubclass(Trainer.class);
    }

    /** A new instance of the trainer class named {@code name}. */
    public Trainer newTrainer(String name) throws ReflectiveOperationException {
        return trainerClass(name).getConstructor().newInstance();
    }

    /**
     * 16 hex digits over every element of the class path, by content: a folder's files by relative name
     * and bytes (class files without their debug attributes), a jar by its bytes.
     */
    public synchronized String hash() {
        if (hash == null) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Path element : classPath) {
                    hashElement(element, digest);
                }
                hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the project's class path to hash it", e);
            }
        }
        return hash;
    }

    private static void hashElement(Path element, MessageDigest digest) throws IOException {
        digest.update(("\n" + element.getFileName()).getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(element)) {
            TrainingCode.hashFolder(element, name -> true, digest);
        } else if (Files.isRegularFile(element)) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(element), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
    }
}
