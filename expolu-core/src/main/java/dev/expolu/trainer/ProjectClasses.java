package dev.expolu.trainer;

import dev.expolu.api.Trainer;
import dev.expolu.run.Sha256;
import dev.expolu.training.TrainingCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final Set<Path> jarredFolders;
    private final ClassLoader loader;
    private String hash;

    private ProjectClasses(List<Path> classPath, Set<Path> jarredFolders, ClassLoader loader) {
        this.classPath = List.copyOf(classPath);
        this.jarredFolders = Set.copyOf(jarredFolders);
        this.loader = loader;
    }

    /** A class path, and which of its jars are class folders jarred to travel. */
    private record Key(List<Path> classPath, Set<Path> jarredFolders) {
    }

    private static final Map<Key, ProjectClasses> LOADED = new ConcurrentHashMap<>();

    /** The project's test class path, as the plugin resolves it: one loader a class path in a JVM. */
    public static ProjectClasses of(List<Path> classPath) {
        return of(classPath, Set.of());
    }

    /**
     * The project's test class path as it reached another machine (a Spark executor): its class folders
     * as jars, {@code jarredFolders}, each hashed as the folder it was, so that the hash is the one of
     * the build's own class path.
     */
    public static ProjectClasses of(List<Path> classPath, Set<Path> jarredFolders) {
        return LOADED.computeIfAbsent(new Key(List.copyOf(classPath), Set.copyOf(jarredFolders)),
                k -> load(k.classPath(), k.jarredFolders()));
    }

    private static ProjectClasses load(List<Path> classPath, Set<Path> jarredFolders) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classPath) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path element " + p + ": " + e.getMessage(), e);
            }
        }
        return new ProjectClasses(classPath, jarredFolders, new URLClassLoader("expolu-project", urls.toArray(URL[]::new),
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
        return new ProjectClasses(classPath, Set.of(), context != null ? context : ProjectClasses.class.getClassLoader());
    }

    public List<Path> classPath() {
        return classPath;
    }

    /** The loader of the project's classes, over expolu's own: where its services are looked for too. */
    public ClassLoader loader() {
        return loader;
    }

    /** Whether these are this JVM's own class path's classes ({@link #ofThisJvm()}). */
    public boolean isThisJvm() {
        return this == THIS_JVM;
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
     * 16 hex digits over expolu's training code ({@link TrainingCode#hash()}: the trainer and dl4j kinds'
     * own rounds, batches and scores among it) and the project's class path ({@link #hash()}): the code of
     * a run of the project's own model, in its cache key, so that a change of either retrains.
     */
    public String codeHash() {
        return Sha256.hex("expolu " + TrainingCode.hash() + "\nproject " + hash()).substring(0, 16);
    }

    /**
     * 16 hex digits over every element of the class path in order, each by its content and never by
     * its path ({@link ClassPathHash}): a class folder by its files' relative names and bytes (class
     * files without their debug attributes), a jar by its bytes. The same classes and jars elsewhere,
     * in another folder or another machine's cache, hash the same.
     */
    public synchronized String hash() {
        if (hash == null) {
            StringBuilder elements = new StringBuilder("expolu-classpath-v2\n");
            try {
                for (Path element : classPath) {
                    String content = ClassPathHash.of(element, jarredFolders.contains(element));
                    if (!content.isEmpty()) {
                        elements.append(content).append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the project's class path to hash it", e);
            }
            hash = Sha256.hex(elements.toString()).substring(0, 16);
        }
        return hash;
    }
}
