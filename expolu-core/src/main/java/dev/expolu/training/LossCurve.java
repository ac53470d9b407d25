package dev.expolu.training;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalInt;

/** The loss of every round: the mean over the samples of each sample's loss before its update. */
public record LossCurve(double[] losses) {

    public LossCurve {
        losses = losses.clone();
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

    /** SHA-256 over the losses' IEEE-754 bits, big-endian, in order; lower-case hex. */
    public String fingerprint() {
        ByteBuffer bytes = ByteBuffer.allocate(losses.length * Double.BYTES);
        for (double loss : losses) {
            bytes.putLong(Double.doubleToRawLongBits(loss));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LossCurve that && Arrays.equals(losses, that.losses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return "LossCurve" + Arrays.toString(losses);
    }
}
