package dev.expolu.lock;

import dev.expolu.record.RunRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a lock pins of one run.
 *
 * @param run         "variant/seed-N", or "cell/variant/seed-N" for a run of a sweep
 * @param arithmetic  the arithmetic it was pinned under ({@link dev.expolu.run.Arithmetic#lockKey()}):
 *                    a run is held to it bit for bit under the same
 * @param code        the training code's hash then, to say whether the code changed since
 * @param settings    the run's settings then, as the file names them; empty in a lock that has
 *                    none (one written before they were kept)
 * @param finalLoss   its last round's loss
 * @param minLoss     its best round's loss
 * @param fingerprint the curve's fingerprint
 * @param losses      the curve, to name the first round that moved
 */
public record LockedRun(String run, String arithmetic, String code, Map<String, String> settings, double finalLoss,
        double minLoss, String fingerprint, double[] losses) {

    public LockedRun {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        losses = losses.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    public static LockedRun of(RunRecord record, Map<String, String> settings) {
        return new LockedRun(runId(record), record.provenance().lockKey(), record.provenance().code(), settings,
                record.finalLoss(), record.minLoss(), record.fingerprint(), record.losses());
    }

    static String runId(RunRecord record) {
        return record.variantId() + "/seed-" + record.seed();
    }
}
