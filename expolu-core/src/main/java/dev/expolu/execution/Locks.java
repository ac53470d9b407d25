package dev.expolu.execution;

import dev.expolu.experiment.Experiment;
import dev.expolu.lock.LockCheck;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockMode;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads, checks and writes an experiment's lock file, and says what it did. */
final class Locks {

    private Locks() {
    }

    /** The lines of runs whose curves moved from the lock; empty where none did. */
    static List<String> apply(Experiment experiment, List<RunRecord> runs, LockMode mode, Consumer<String> log)
            throws IOException {
        Path path = LockFile.pathFor(experiment.file(), experiment.name());
        LockFile existing = mode == LockMode.VERIFY && Files.exists(path) ? LockFile.read(path) : null;
        LockCheck check = LockCheck.of(experiment.name(), existing, runs, mode);
        if (!check.notComparable().isEmpty()) {
            log.accept("Lock " + path.getFileName() + " is not comparable here for " + check.notComparable().size()
                    + " run(s), locked under another provenance (" + check.notComparable().get(0)
                    + "); this build runs under " + runs.get(0).provenance().key() + ": judging expectations only");
        }
        if (check.lock() != null) {
            check.lock().write(path);
            if (mode == LockMode.UPDATE) {
                log.accept("Updated lock " + path + ": " + runs.size() + " run(s) pinned");
            } else if (existing == null) {
                log.accept("Wrote lock " + path + ": " + runs.size() + " run(s) pinned; commit it to pin the curves");
            } else {
                log.accept("Added " + check.added().size() + " run(s) to lock " + path + ": " + check.added());
            }
        } else if (check.mismatches().isEmpty() && check.notComparable().isEmpty()) {
            log.accept("Lock " + path.getFileName() + ": " + runs.size() + " run(s) match bit for bit");
        }
        return check.mismatches();
    }
}
