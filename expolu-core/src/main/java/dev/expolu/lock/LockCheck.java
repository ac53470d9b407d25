package dev.expolu.lock;

import dev.expolu.record.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Holds an experiment's runs against its lock. Where a run's arithmetic is the lock's (engine, dtype,
 * declared arithmetic version, device), its curve must be the locked one bit for bit, whatever else
 * changed; where it is not, the lock cannot say anything about it. Only {@link LockMode#UPDATE} makes
 * a lock to write.
 *
 * @param mismatches    one line per run whose curve moved, saying what changed: its settings, or
 *                      the training code, and the first round that differs with both values
 * @param notComparable the runs locked under another arithmetic, each with both
 * @param notDeterministic the runs whose training says it does not repeat bit for bit: never compared
 * @param unlocked      the runs the lock does not hold
 * @param stale         the runs the lock holds that the experiment no longer has (a seed or variant
 *                      removed)
 * @param missing       there is no lock at all
 * @param matched       the runs whose curve is the locked one bit for bit
 * @param lock          the lock to write, or null where it stays as it is
 */
public record LockCheck(List<String> mismatches, List<String> notComparable, List<String> notDeterministic,
        List<String> unlocked, List<String> stale, boolean missing, int matched, LockFile lock) {

    /** As {@link #of(String, LockFile, List, Function, Predicate, LockMode)}, every run's training deterministic. */
    public static LockCheck of(String experiment, LockFile existing, List<RunRecord> records,
            Function<RunRecord, Map<String, String>> settings, LockMode mode) {
        return of(experiment, existing, records, settings, r -> true, mode);
    }

    /**
     * @param settings      each record's run's settings as the file names them ({@link dev.expolu.run.RunSpec#settings()})
     * @param deterministic whether a record's training repeats bit for bit; a lock gates only those that do
     */
    public static LockCheck of(String experiment, LockFile existing, List<RunRecord> records,
            Function<RunRecord, Map<String, String>> settings, Predicate<RunRecord> deterministic, LockMode mode) {
        List<String> all = records.stream().map(LockedRun::runId).toList();
        if (mode == LockMode.UPDATE) {
            Map<String, LockedRun> runs = new LinkedHashMap<>();
            records.forEach(r -> runs.put(LockedRun.runId(r), LockedRun.of(r, settings.apply(r))));
            return new LockCheck(List.of(), List.of(), List.of(), List.of(), List.of(), false, 0,
                    new LockFile(experiment, runs));
        }
        if (existing == null) {
            return new LockCheck(List.of(), List.of(), List.of(), all, List.of(), true, 0, null);
        }
        List<String> mismatches = new ArrayList<>();
        List<String> notComparable = new ArrayList<>();
        List<String> notDeterministic = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        int matched = 0;
        for (RunRecord record : records) {
            LockedRun locked = existing.runs().get(LockedRun.runId(record));
            if (!deterministic.test(record)) {
                notDeterministic.add(LockedRun.runId(record));
            } else if (locked == null) {
                unlocked.add(LockedRun.runId(record));
            } else if (!locked.arithmetic().equals(record.provenance().lockKey())) {
                notComparable.add(LockedRun.runId(record) + " (locked under " + locked.arithmetic() + ", now "
                        + record.provenance().lockKey() + ")");
            } else if (!locked.fingerprint().equals(record.fingerprint())) {
                mismatches.add(Moved.describe(record, settings.apply(record), locked));
            } else {
                matched++;
            }
        }
        List<String> stale = existing.runs().keySet().stream().filter(id -> !all.contains(id)).toList();
        return new LockCheck(mismatches, notComparable, notDeterministic, unlocked, stale, false, matched, null);
    }
}
