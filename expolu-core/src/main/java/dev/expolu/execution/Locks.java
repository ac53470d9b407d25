package dev.expolu.execution;

import dev.expolu.experiment.Experiment;
import dev.expolu.lock.LockCheck;
import dev.expolu.lock.LockFile;
import dev.expolu.lock.LockMode;
import dev.expolu.lock.LockOutcome;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds an experiment's runs to its lock file and says what it found. Only {@code update} writes a
 * lock; {@code verify} warns where the lock cannot gate (missing, runs it does not hold, runs locked
 * under other arithmetic) or holds runs the experiment no longer has, {@code strict} fails there.
 */
final class Locks {

    private static final String UPDATE = "-Dexpolu.lock=update";

    private Locks() {
    }

    /** What the lock found: moved curves, and under {@code strict} what the lock cannot gate, fail. */
    static LockOutcome apply(Experiment experiment, List<RunRecord> runs, LockMode mode, TrainingLog log)
            throws IOException {
        Path path = LockFile.pathFor(experiment.file(), experiment.name());
        LockFile existing = mode != LockMode.UPDATE && Files.exists(path) ? LockFile.read(path) : null;
        Map<String, Map<String, String>> settings = new HashMap<>();
        Set<String> unrepeatable = new HashSet<>();
        experiment.runs().forEach(run -> {
            settings.put(run.id(), run.spec().settings());
            if (!run.setup().deterministic()) {
                unrepeatable.add(run.id());
            }
        });
        LockCheck check = LockCheck.of(experiment.name(), existing, runs,
                record -> settings.getOrDefault(record.id(), Map.of()), record -> !unrepeatable.contains(record.id()),
                mode);
        List<String> failures = new ArrayList<>(check.mismatches());
        List<String> ungated = ungated(check, path, experiment.name(), runs.size());
        if (check.lock() != null) {
            check.lock().write(path);
            log.info("Updated lock " + path + ": " + runs.size() + " run(s) pinned; commit it");
            return new LockOutcome(List.of(), List.of(), runs.size());
        }
        if (check.mismatches().isEmpty() && ungated.isEmpty()) {
            log.info("Lock " + path.getFileName() + ": " + runs.size() + " run(s) match bit for bit");
        }
        if (mode == LockMode.STRICT) {
            failures.addAll(ungated);
        } else {
            ungated.forEach(log::warn);
        }
        return new LockOutcome(failures, ungated, check.matched());
    }

    private static List<String> ungated(LockCheck check, Path path, String experiment, int runs) {
        List<String> ungated = new ArrayList<>();
        if (check.missing()) {
            ungated.add("No lock " + path + " for experiment " + experiment + ": its " + runs + " run(s) are not pinned; run with " + UPDATE + " to write it, and commit it");
            return ungated;
        }
        if (!check.unlocked().isEmpty()) {
            ungated.add("Lock " + path.getFileName() + " does not hold " + check.unlocked().size() + " run(s) "
                    + check.unlocked() + "; run with " + UPDATE + " to pin them");
        }
        if (!check.notComparable().isEmpty()) {
            ungated.add("Lock " + path.getFileName() + " cannot gate " + check.notComparable().size()
                    + " run(s) locked under other arithmetic than this build computes (first: "
                    + check.notComparable().get(0) + "); run with " + UPDATE + " to pin them here");
        }
        if (!check.notDeterministic().isEmpty()) {
            ungated.add("Lock " + path.getFileName() + " cannot gate " + check.notDeterministic().size()
                    + " run(s) whose training says it does not repeat bit for bit (Trainer.deterministic() is false): "
                    + check.notDeterministic() + "; their curves are recorded and judged, not held to the lock");
        }
        if (!check.stale().isEmpty()) {
            ungated.add("Lock " + path.getFileName() + " holds " + check.stale().size() + " run(s) the experiment"
                    + " no longer has " + check.stale() + "; run with " + UPDATE + " to drop them");
        }
        return ungated;
    }
}
