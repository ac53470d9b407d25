package dev.expolu.lock;

import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds an experiment's runs against its lock. Where a run's arithmetic key is the lock's, its curve
 * must be the locked one bit for bit; where it is not (another engine, dtype, device or training
 * code), the lock cannot say anything about it. Only {@link LockMode#UPDATE} makes a lock to write.
 *
 * @param mismatches    one line per run whose curve moved: the run, the first round that differs,
 *                      both values
 * @param notComparable the runs locked under another arithmetic key, each with that key
 * @param unlocked      the runs the lock does not hold
 * @param stale         the runs the lock holds that the experiment no longer has (a seed or variant
 *                      removed)
 * @param missing       there is no lock at all
 * @param lock          the lock to write, or null where it stays as it is
 */
public record LockCheck(List<String> mismatches, List<String> notComparable, List<String> unlocked,
        List<String> stale, boolean missing, LockFile lock) {

    public static LockCheck of(String experiment, LockFile existing, List<RunRecord> records, LockMode mode) {
        List<String> all = records.stream().map(LockedRun::runId).toList();
        if (mode == LockMode.UPDATE) {
            Map<String, LockedRun> runs = new LinkedHashMap<>();
            records.forEach(r -> runs.put(LockedRun.runId(r), LockedRun.of(r)));
            return new LockCheck(List.of(), List.of(), List.of(), List.of(), false, new LockFile(experiment, runs));
        }
        if (existing == null) {
            return new LockCheck(List.of(), List.of(), all, List.of(), true, null);
        }
        List<String> mismatches = new ArrayList<>();
        List<String> notComparable = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (RunRecord record : records) {
            LockedRun locked = existing.runs().get(LockedRun.runId(record));
            if (locked == null) {
                unlocked.add(LockedRun.runId(record));
            } else if (!locked.provenance().equals(record.provenance().key())) {
                notComparable.add(LockedRun.runId(record) + " (locked under " + locked.provenance() + ", now "
                        + record.provenance().key() + ")");
            } else if (!locked.fingerprint().equals(record.fingerprint())) {
                mismatches.add(describe(record, locked));
            }
        }
        List<String> stale = existing.runs().keySet().stream().filter(id -> !all.contains(id)).toList();
        return new LockCheck(mismatches, notComparable, unlocked, stale, false, null);
    }
    /** "e/v/seed-3 differs from its lock from round 17 of 400: locked 0.0123456789, now 0.0123456788". */
    static String describe(RunRecord record, LockedRun locked) {
        double[] now = record.losses();
        double[] then = locked.losses();
        int round = 0;
        while (round < Math.min(now.length, then.length)
                && Double.doubleToLongBits(now[round]) == Double.doubleToLongBits(then[round])) {
            round++;
        }
        String where;
        if (round < Math.min(now.length, then.length)) {
            where = "from round " + (round + 1) + " of " + now.length + ": locked " + then[round] + ", now " + now[round];
        } else if (now.length != then.length) {
            where = "in length: locked " + then.length + " rounds, now " + now.length;
        } else {
            where = "in its fingerprint (locked " + locked.fingerprint() + ", now " + record.fingerprint()
                    + ") though every locked loss matches: the lock was edited";
        }
        return record.id() + " differs from its lock " + where + " (final loss locked " + Bound.format(locked.finalLoss())
                + ", now " + Bound.format(record.finalLoss()) + ")";
    }
}
