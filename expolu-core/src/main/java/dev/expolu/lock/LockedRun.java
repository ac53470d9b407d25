package dev.expolu.lock;

import dev.expolu.record.RunRecord;

/**
 * What a lock pins of one run.
 *
 * @param run         "variant/seed-N", or "cell/variant/seed-N" for a run of a sweep
 * @param provenance  the provenance key it was made under
 * @param finalLoss   its last round's loss
 * @param minLoss     its best round's loss
 * @param fingerprint the curve's fingerprint
 * @param losses      the curve, to name the first round that moved
 */
public record LockedRun(String run, String provenance, double finalLoss, double minLoss, String fingerprint,
        double[] losses) {

    public LockedRun {
        losses = losses.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    public static LockedRun of(RunRecord record) {
        return new LockedRun(runId(record), record.provenance().key(), record.finalLoss(), record.minLoss(),
                record.fingerprint(), record.losses());
    }

    static String runId(RunRecord record) {
        return record.variantId() + "/seed-" + record.seed();
    }
}
