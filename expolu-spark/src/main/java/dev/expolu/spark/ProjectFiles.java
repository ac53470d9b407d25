package dev.expolu.spark;

import dev.expolu.run.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A dl4j run's configuration and table, read on the driver and broadcast by their hashes beside the init
 * tensors: the executors train from the bytes the build validated, whatever their own disks hold.
 */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * Adds the files {@code task} reads to {@code files}, by hash, each its bytes alone.
     *
     * @throws IOException naming the file where it cannot be read, or changed since the build validated it
     */
    static void read(ProjectTask task, Map<String, byte[][]> files) throws IOException {
        for (Map.Entry<String, String> file : task.files().entrySet()) {
            if (files.containsKey(file.getKey())) {
                continue;
            }
            Path path = Path.of(task.folder()).resolve(file.getValue());
            byte[] bytes = Files.readAllBytes(path);
            String now = Sha256.hex(bytes);
            if (!now.equals(file.getKey())) {
                throw new IOException(path + " changed after this build validated it (SHA-256 "
                        + file.getKey().substring(0, 12) + "... then, " + now.substring(0, 12) + "... now); nothing"
                        + " sent to Spark: build again to train it as it is");
            }
            files.put(file.getKey(), new byte[][] {bytes});
        }
    }
}
