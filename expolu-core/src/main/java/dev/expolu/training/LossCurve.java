package dev.expolu.training;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The loss of every round (for the seed's network, the mean over the samples of each sample's loss
 * before its update), and the other curves a run reports beside it, by name.
 *
 * @param losses  the loss every round
 * @param metrics the other curves, each as long as the losses; none for the seed's network
 */
public record LossCurve(double[] losses, List<MetricCurve> metrics) {

    public LossCurve {
        losses = losses.clone();
        metrics = List.copyOf(metrics);
        for (MetricCurve m : metrics) {
            if (m.values().length != losses.length) {
                throw new IllegalArgumentException(m.name() + " has " + m.values().length + " rounds, but the loss has "
                        + losses.length);
            }
        }
    }

    /** A loss curve alone. */
    public LossCurve(double[] losses) {
        this(losses, List.of());
    }

    /** The curve named {@code name}: {@code loss}, or one of the others. */
    public Optional<MetricCurve> metric(String name) {
        if (name.equals("loss")) {
            return Optional.of(new MetricCurve("loss", false, losses));
        }
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The names of the curves it reports: {@code loss}, then the others in their order. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("loss"), metrics.stream().map(MetricCurve::name))
                .toList();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    public int rounds() {
        return losses.length;
    }

    public double finalLoss() {
        return losses[losses.length - 1];
    }

    /** The lowest round loss; NaN rounds are ignored unless every round is NaN. */
    public double minLoss() {
        return Arrays.stream(losses).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    /** How many rounds it took until a round's loss was at most {@code loss}; empty if never. */
    public OptionalInt roundsTo(double loss) {
        for (int i = 0; i < losses.length; i++) {
            if (losses[i] <= loss) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The first round (from 1) whose loss is NaN or infinite: where the run diverged; empty for a run
     * that stayed finite.
     */
    public OptionalInt divergedAt() {
        for (int i = 0; i < losses.length; i++) {
            if (!Double.isFinite(losses[i])) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * SHA-256 over the losses' IEEE-754 bits, big-endian, in order, then each other curve's name and
     * bits; lower-case hex. A loss curve alone hashes as it always has.
     */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bits(losses));
            for (MetricCurve m : metrics) {
                digest.update(("\n" + m.name() + (m.higherIsBetter() ? "+" : "-")).getBytes(StandardCharsets.UTF_8));
                digest.update(bits(m.values()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static byte[] bits(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES);
        for (double v : values) {
            bytes.putLong(Double.doubleToRawLongBits(v));
        }
        return bytes.array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LossCurve that && Arrays.equals(losses, that.losses) && metrics.equals(that.metrics);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(losses) + metrics.hashCode();
    }

    @Override
    public String toString() {
        return "LossCurve" + Arrays.toString(losses) + (metrics.isEmpty() ? "" : " " + metrics);
    }
}
