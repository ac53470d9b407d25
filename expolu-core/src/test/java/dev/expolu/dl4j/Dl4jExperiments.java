package dev.expolu.dl4j;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.lock.LockMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/** A folder of experiments for the dl4j kind's tests: blobs.csv (two blobs, 80 rows) and blobs.yaml, trained. */
final class Dl4jExperiments {

    private final Path dir;
    private final Path folder;

    Dl4jExperiments(Path dir) throws Exception {
        this.dir = dir;
        this.folder = Files.createDirectories(dir.resolve("experiments"));
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        Random random = new Random(42);
        for (int i = 0; i < 80; i++) { // two blobs, 3 apart
            int label = i % 2;
            csv.append(10 + 3 * label + random.nextGaussian() * 0.6).append(',')
                    .append(-5 + 3 * label + random.nextGaussian() * 0.6).append(',').append(label).append('\n');
        }
        Files.writeString(folder.resolve("blobs.csv"), csv);
    }

    Path folder() {
        return folder;
    }

    Path yaml() {
        return folder.resolve("blobs.yaml");
    }

    void write(String yaml) throws Exception {
        Files.writeString(yaml(), yaml);
    }

    /** Every experiment of the folder, its records under {@code records}, no lock, no cache, one thread. */
    TrainResult train(String records) throws Exception {
        return Training.run(TrainRequest.builder(folder).recordsDirectory(dir.resolve(records))
                .reportsDirectory(dir.resolve("reports")).lockMode(LockMode.OFF).cacheDirectory(Optional.empty())
                .threads(1).build(), TrainingLog.NONE);
    }
}
