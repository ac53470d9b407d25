package dev.expolu.lock;

import dev.expolu.judge.Bound;
import dev.expolu.record.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The line of a run whose curve is not the locked one: what changed since it was pinned, and where it moved. */
final class Moved {

    /** Where a setting's value is longer (the data's points), the line says only that it changed. */
    private static final int LONGEST_VALUE = 40;

    private static final String REPIN = "re-pin with -Dexpolu.lock=update";

    private Moved() {
    }

    /**
     * "e/v/seed-3: settings changed since the lock: training.learningRate 0.01, now 0.0100001; re-pin
     * ...", or "e/v/seed-3 moved from round 17 of 400 (locked ..., now ...); the training code changed
     * since it was pinned (code X, now Y): if that change was meant to move the arithmetic, ...".
     */
    static String describe(RunRecord record, Map<String, String> settings, LockedRun locked) {
        List<String> changed = changedSettings(locked.settings(), settings);
        if (!changed.isEmpty()) {
            return record.id() + ": settings changed since the lock: " + String.join(", ", changed) + "; " + REPIN;
        }
        String where = where(record, locked);
        if (where == null) {
            return record.id() + " differs from its lock in its fingerprint (locked " + locked.fingerprint()
                    + ", now " + record.fingerprint() + ") though every locked loss matches: the lock was edited";
        }
        String code = record.provenance().code();
        String why = code.equals(locked.code())
                ? "; the training code is the one it was pinned with (code " + code + "), yet its arithmetic ("
                        + locked.arithmetic() + ") gave other bits here: another JVM, library or processor moved it"
                : "; the training code changed since it was pinned (code " + locked.code() + ", now " + code + "): "
                        + (record.provenance().arithmeticVersion() == 0
                                ? "if that change was meant to move the curves, " + REPIN // a project's own code
                                : "if that change was meant to move the arithmetic, raise the arithmetic version and "
                                        + REPIN);
        return record.id() + " moved " + where + why;
    }

    /** "from round 17 of 400 (locked a, now b; final loss locked c, now d)", or null where every loss matches. */
    private static String where(RunRecord record, LockedRun locked) {
        double[] now = record.losses();
        double[] then = locked.losses();
        int round = 0;
        while (round < Math.min(now.length, then.length)
                && Double.doubleToLongBits(now[round]) == Double.doubleToLongBits(then[round])) {
            round++;
        }
        String finals = "final loss locked " + Bound.format(locked.finalLoss()) + ", now "
                + Bound.format(record.finalLoss());
        if (round < Math.min(now.length, then.length)) {
            return "from round " + (round + 1) + " of " + now.length + " (locked " + then[round] + ", now "
                    + now[round] + "; " + finals + ")";
        }
        if (now.length != then.length) {
            return "in length (locked " + then.length + " rounds, now " + now.length + "; " + finals + ")";
        }
        return null;
    }

    /** "training.learningRate 0.01, now 0.0100001" for each setting whose value differs; none where the lock kept none. */
    private static List<String> changedSettings(Map<String, String> then, Map<String, String> now) {
        List<String> changed = new ArrayList<>();
        if (then.isEmpty()) {
            return changed;
        }
        for (Map.Entry<String, String> setting : now.entrySet()) {
            String before = then.get(setting.getKey());
            if (!setting.getValue().equals(before)) {
                changed.add(before == null || before.length() > LONGEST_VALUE || setting.getValue().length() > LONGEST_VALUE
                        ? setting.getKey() + " changed" : setting.getKey() + " " + before + ", now " + setting.getValue());
            }
        }
        then.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> changed.add(k + " no longer set"));
        return changed;
    }
}
