package dev.expolu.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.lock.LockMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Surefire XML's {@code lock} case is green only where the lock gated runs: skipped, with the
 * reason, where there is no lock to hold them to; failed where the lock fails.
 */
class LockReportCaseTest {

    @TempDir
    Path dir;

    @Test
    void theLockCaseIsSkippedWithoutALockPassesWithOneAndFailsWhereItFails() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("experiments"));
        Path file = Files.writeString(experiments.resolve("e.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 4, learningRate: 1.0e-3, dtype: float64}
                seeds: [1, 2]
                """);

        String none = lockCase(train(experiments, LockMode.VERIFY));
        assertThat(none).startsWith("<testcase name=\"lock\" classname=\"expolu.e\" time=\"0\"><skipped message=\"No lock ")
                .contains("e.lock.json for experiment e: its 2 run(s) are not pinned; run with -Dexpolu.lock=update");
        assertThat(Files.readString(dir.resolve("reports/TEST-expolu.e.xml"))).contains("skipped=\"1\"");

        train(experiments, LockMode.UPDATE);
        String held = lockCase(train(experiments, LockMode.VERIFY));
        assertThat(held).isEqualTo("<testcase name=\"lock\" classname=\"expolu.e\" time=\"0\"></testcase>");
        assertThat(Files.readString(dir.resolve("reports/TEST-expolu.e.xml"))).contains("skipped=\"0\"");

        Files.writeString(file, Files.readString(file).replace("1.0e-3", "2.0e-3"));
        String moved = lockCase(train(experiments, LockMode.VERIFY));
        assertThat(moved).contains("<failure message=\"e/default/seed-1: settings changed since the lock:"
                + " training.learningRate 0.001, now 0.002; re-pin with -Dexpolu.lock=update (and 1 more)\""
                + " type=\"expolu.LockMismatch\">");
    }

    private Path train(Path experiments, LockMode mode) throws Exception {
        Training.run(TrainRequest.builder(experiments).recordsDirectory(dir.resolve("records"))
                .reportsDirectory(dir.resolve("reports")).threads(2).lockMode(mode).build(), TrainingLog.NONE);
        return dir.resolve("reports/TEST-expolu.e.xml");
    }

    private static String lockCase(Path xml) throws Exception {
        String text = Files.readString(xml);
        String lock = text.substring(text.indexOf("<testcase name=\"lock\""));
        return lock.substring(0, lock.indexOf("</testcase>") + "</testcase>".length());
    }
}
