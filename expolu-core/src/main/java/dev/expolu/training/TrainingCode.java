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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of expolu's training code: the class files of the packages that compute a curve on the CPU
 * (activations, network, trainers), by name and bytes. Unchanged training code keeps it across
 * rebuilds and releases; a change of it gives another. It is part of every lock and cache key, in
 * place of a version number. The GPU engine adds a hash of its kernel to it.
 */
public final class TrainingCode {

    /** The folders of the class path whose entries are hashed. */
    static final List<String> PACKAGES = List.of("dev/expolu/activation/", "dev/expolu/network/",
            "dev/expolu/training/");

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
                hashDirectory(code, digest);
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

    private static void hashDirectory(Path code, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = code.relativize(file).toString().replace('\\', '/');
                if (isTrainingCode(name)) {
                    update(digest, name, Files.readAllBytes(file));
                }
            }
        }
    }

    private static void hashJar(Path code, MessageDigest digest) throws IOException {
        try (JarFile jar = new JarFile(code.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory() && isTrainingCode(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    update(digest, entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }
}
