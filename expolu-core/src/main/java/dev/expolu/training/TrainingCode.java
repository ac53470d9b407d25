package dev.expolu.training;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * A hash of expolu's training code: the class files of the packages that compute a curve on the CPU
 * (activations, network, training; the dl4j kind's fit, batches and scores; the trainer kind's
 * loading and rounds), by name and by what they execute. Their debug attributes (line
 * numbers, local variables, source file) are left out, so an edit of a comment or of the lines'
 * layout keeps it, and a change of code does not. It is part of every cache key, so that changed
 * code never serves an old curve; a lock compares runs by the engines' declared arithmetic version
 * instead, and names this hash to say whether the code changed since a curve was pinned. The GPU
 * engine adds a hash of its kernel to it.
 */
public final class TrainingCode {

    /** The folders of the class path whose entries are hashed. */
    static final List<String> PACKAGES = List.of("dev/expolu/activation/", "dev/expolu/network/",
            "dev/expolu/training/", "dev/expolu/dl4j/", "dev/expolu/trainer/");

    private static final String HASH = compute();

    private TrainingCode() {
    }

    /** 16 hex digits. */
    public static String hash() {
        return HASH;
    }

    private static String compute() {
        try {
            Path code = Path.of(TrainingCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(code)) {
                hashFolder(code, TrainingCode::isTrainingCode, digest);
            } else {
                hashJar(code, digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never a cache hit, never comparable
        }
    }

    private static boolean isTrainingCode(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }

    /**
     * Adds to {@code digest} the files under {@code folder} whose relative names {@code include} takes,
     * in the order of their paths: each by its name and its bytes, a class file without its debug
     * attributes. The project's classes of {@code model.kind: trainer} are hashed so too.
     */
    public static void hashFolder(Path folder, Predicate<String> include, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (include.test(name)) {
                    update(digest, name, Files.readAllBytes(file));
                }
            }
        }
    }

    private static void hashJar(Path code, MessageDigest digest) throws IOException {
        hashJar(code, TrainingCode::isTrainingCode, digest);
    }

    /**
     * Adds to {@code digest} the files of {@code jar} whose names {@code include} takes, as
     * {@link #hashFolder} adds a folder's: a class folder jarred (its files at the jar's root) adds what
     * the folder itself adds.
     */
    public static void hashJar(Path code, Predicate<String> include, MessageDigest digest) throws IOException {
        try (JarFile jar = new JarFile(code.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && include.test(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    update(digest, entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(name.endsWith(".class") ? withoutDebug(bytes) : bytes);
    }

    /**
     * A class file as it executes: rewritten without {@code LineNumberTable}, {@code
     * LocalVariableTable}, {@code LocalVariableTypeTable}, {@code SourceFile} and {@code
     * SourceDebugExtension}, its constant pool rebuilt in a fixed order from what is left.
     */
    public static byte[] withoutDebug(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(writer, ClassReader.SKIP_DEBUG);
        return writer.toByteArray();
    }
}
