package dev.expolu.assertj;

import java.util.Map;

/** The keys of {@code training}. */
public final class TrainingBuilder {

    private final Map<String, Object> keys;

    TrainingBuilder(Map<String, Object> keys) {
        this.keys = keys;
    }

    /** {@code rounds}. */
    public TrainingBuilder rounds(int value) {
        keys.put("rounds", value);
        return this;
    }

    /** {@code learningRate}; the seed's {@code 0.001 / width} where not given. */
    public TrainingBuilder learningRate(double value) {
        keys.put("learningRate", value);
        return this;
    }

    /** {@code dtype}: {@code float32} or {@code float64}. */
    public TrainingBuilder dtype(String value) {
        keys.put("dtype", value);
        return this;
    }

    /** {@code engine}: {@code fused}, {@code dl4j}, {@code cuda} or {@code auto}. */
    public TrainingBuilder engine(String value) {
        keys.put("engine", value);
        return this;
    }

    /** {@code batchSize}: a DL4J model's minibatch. */
    public TrainingBuilder batchSize(int value) {
        keys.put("batchSize", value);
        return this;
    }
}
