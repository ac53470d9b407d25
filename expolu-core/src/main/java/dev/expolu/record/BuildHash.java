package dev.expolu.record;

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
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of expolu-core's own code, over the names and bytes of its class files and resources (not
 * the jar's bytes, which carry build times): unchanged code keeps it across rebuilds, any change of
 * code gives another. Part of a run cache key.
 */
final class BuildHash {

    static final String VALUE = compute();

    private BuildHash() {
    }

    private static String compute() {
        try {
            Path code = Path.of(BuildHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(code)) {
                hashDirectory(code, digest);
            } else {
                hashJar(code, digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never a cache hit
        }
    }

    private static void hashDirectory(Path code, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.walk(code)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, code.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    private static void hashJar(Path code, MessageDigest digest) throws IOException {
        try (JarFile jar = new JarFile(code.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(JarEntry::getName)).toList()) {
                if (entry.getName().startsWith("META-INF/")) {
                    continue; // the manifest and Maven's metadata carry build times
                }
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
