package dev.expolu.trainer;

import dev.expolu.training.TrainingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash of one element of a project's class path, whatever its path: a class folder by its
 * files' relative names and bytes (class files without their debug attributes), hashed afresh each
 * time it is asked, as a build rewrites it in place (though {@link ProjectClasses#hash()} asks once a
 * class path a JVM: the forked JVM, made anew each build, is where it counts); a jar by its bytes, remembered for its path,
 * modification time and size, so that the hundreds of megabytes of a project's resolved dependencies
 * are read once a JVM. A class folder jarred to travel (its files at the jar's root) hashes as the
 * folder.
 */
final class ClassPathHash {

    /** A jar's hash, and the modification time and size it was read at. */
    private record Stamped(long modified, long size, String sha256) {
    }

    private static final Map<Path, Stamped> JARS = new ConcurrentHashMap<>();

    private ClassPathHash() {
    }

    /**
     * "folder SHA" or "jar SHA": what {@code element} adds to its class path's hash; empty for an element
     * that is not there (a project with no main classes has no {@code target/classes}), which adds
     * nothing, so that a copy of the class path that leaves it out (a Spark executor's) hashes the same.
     */
    static String of(Path element, boolean jarredFolder) throws IOException {
        if (Files.isDirectory(element)) {
            MessageDigest digest = sha256();
            TrainingCode.hashFolder(element, name -> true, digest);
            return "folder " + HexFormat.of().formatHex(digest.digest());
        }
        if (!Files.isRegularFile(element)) {
            return "";
        }
        if (jarredFolder) {
            MessageDigest digest = sha256();
            TrainingCode.hashJar(element, name -> true, digest);
            return "folder " + HexFormat.of().formatHex(digest.digest());
        }
        return "jar " + jar(element);
    }

    /** The SHA-256 of a jar's bytes, read again only where its modification time or size changed. */
    static String jar(Path jar) throws IOException {
        Path key = jar.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(key, BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().toMillis();
        Stamped known = JARS.get(key);
        if (known != null && known.modified() == modified && known.size() == attributes.size()) {
            return known.sha256();
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(key), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        JARS.put(key, new Stamped(modified, attributes.size(), sha256));
        return sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
