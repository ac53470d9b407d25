package dev.expolu.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.expolu.run.Cell;
import dev.expolu.training.LossCurve;
import dev.expolu.training.MetricCurve;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a finished run leaves behind: {@code target/expolu/<experiment>/<variant>/seed-<seed>.json},
 * or {@code target/expolu/<experiment>/<cell>/<variant>/seed-<seed>.json} for a run of a sweep.
 *
 * @param experiment       the experiment's name
 * @param variant          the variant's name
 * @param seed             the seed
 * @param losses           the loss of every round
 * @param finalLoss        the last round's loss
 * @param minLoss          the lowest round loss
 * @param fingerprint      SHA-256 of the losses' IEEE-754 bits, in order
 * @param wallSeconds      the training's wall time
 * @param experimentFile   the experiment file, as given
 * @param experimentSha256 the hash of that file's bytes
 * @param setup            the resolved run: what decides its curve but the seed, in the fixed order of
 *                         {@link dev.expolu.run.RunSpec#setup()}
 * @param provenance       versions, backend, machine
 * @param cell             the sweep's cell the run belongs to, with the axes' values there; null (and
 *                         left out of the JSON) for a run of an experiment without a sweep
 * @param metrics          the curves the run reported beside its loss ({@code accuracy}, ...); none
 *                         (and left out of the JSON) for the seed's network
 */
public record RunRecord(String experiment, String variant, long seed, double[] losses, double finalLoss,
        double minLoss, String fingerprint, double wallSeconds, String experimentFile, String experimentSha256,
        Map<String, Object> setup, Provenance provenance, @JsonInclude(JsonInclude.Include.NON_NULL) Cell cell,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MetricCurve> metrics) {

    public RunRecord {
        losses = losses.clone();
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        setup = Collections.unmodifiableMap(new LinkedHashMap<>(setup));
    }

    /** A run of an experiment without a sweep. */
    public RunRecord(String experiment, String variant, long seed, double[] losses, double finalLoss,
            double minLoss, String fingerprint, double wallSeconds, String experimentFile, String experimentSha256,
            Map<String, Object> setup, Provenance provenance) {
        this(experiment, variant, seed, losses, finalLoss, minLoss, fingerprint, wallSeconds, experimentFile,
                experimentSha256, setup, provenance, null, List.of());
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    public LossCurve curve() {
        return new LossCurve(losses, metrics);
    }

    /** The first round whose loss was NaN or infinite; empty for a run that stayed finite. */
    public OptionalInt divergedAt() {
        return curve().divergedAt();
    }

    /** "experiment/variant/seed-N", or "experiment/cell/variant/seed-N" in a sweep. */
    public String id() {
        return experiment + "/" + variantId() + "/seed-" + seed;
    }

    /** "variant", or "cell/variant" in a sweep: which set of runs of its experiment it belongs to. */
    public String variantId() {
        return cell == null ? variant : cell.name() + "/" + variant;
    }

    /** This record as a run of {@code cell}, or of no sweep where empty (a cache hit takes the asking run's). */
    public RunRecord inCell(Optional<Cell> other) {
        return new RunRecord(experiment, variant, seed, losses, finalLoss, minLoss, fingerprint, wallSeconds,
                experimentFile, experimentSha256, setup, provenance, other.orElse(null), metrics);
    }

    /** The same run's results under another run's names: a cache hit for an identical run. */
    public RunRecord relabelled(String experiment, String variant, long seed, String experimentFile,
            String experimentSha256) {
        return new RunRecord(experiment, variant, seed, losses, finalLoss, minLoss, fingerprint, wallSeconds,
                experimentFile, experimentSha256, setup, provenance, cell, metrics);
    }

    /** Builds the record of a curve, with the figures derived from it. */
    public static RunRecord of(String experiment, String variant, long seed, LossCurve curve, double wallSeconds,
            String experimentFile, String experimentSha256, Map<String, Object> setup, Provenance provenance) {
        return new RunRecord(experiment, variant, seed, curve.losses(), curve.finalLoss(), curve.minLoss(),
                curve.fingerprint(), wallSeconds, experimentFile, experimentSha256, setup, provenance, null,
                curve.metrics());
    }
}
