package dev.expolu.spark;

import dev.expolu.network.Parameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The six {@code .npy} files of an {@code init: {from: DIR}}, read on the driver and broadcast to
 * the executors by their hash, so a worker trains from the bytes the build validated whatever its
 * own disk holds.
 */
final class InitFiles {

    private InitFiles() {
    }

    /**
     * The six files' bytes, in the seed's order.
     *
     * @throws IOException naming the directory where a file cannot be read, or where the files
     *                     changed since the build validated them
     */
    static byte[][] read(String directory, String sha256) throws IOException {
        List<String> names = Parameters.NAMES;
        byte[][] files = new byte[names.size()][];
        MessageDigest digest = sha256();
        for (int i = 0; i < names.size(); i++) {
            files[i] = Files.readAllBytes(Path.of(directory).resolve(names.get(i) + ".npy"));
            digest.update(files[i]);
        }
        String now = HexFormat.of().formatHex(digest.digest());
        if (!now.equals(sha256)) {
            throw new IOException("The init tensors in " + directory + " changed after this build validated them"
                    + " (SHA-256 " + sha256.substring(0, 12) + "... then, " + now.substring(0, 12)
                    + "... now); nothing sent to Spark: build again to train them as they are");
        }
        return files;
    }

    /** Writes the files under {@code directory}, made if need be; returns it. */
    static Path write(byte[][] files, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (int i = 0; i < files.length; i++) {
            Files.write(directory.resolve(Parameters.NAMES.get(i) + ".npy"), files[i]);
        }
        return directory;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
