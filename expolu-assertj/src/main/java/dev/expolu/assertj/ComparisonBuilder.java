package dev.expolu.assertj;

import java.util.Map;

/**
 * One item of {@code compare}: {@code c -> c.roundsTo(1e-3).lower("expolu").than("relu").pValue(0.01)}
 * for {@code - {metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.01}}.
 */
public final class ComparisonBuilder {

    private final Map<String, Object> item;

    ComparisonBuilder(Map<String, Object> item) {
        this.item = item;
    }

    /** {@code metric: finalLoss}. */
    public ComparisonBuilder finalLoss() {
        item.put("metric", "finalLoss");
        return this;
    }

    /** {@code metric: minLoss}. */
    public ComparisonBuilder minLoss() {
        item.put("metric", "minLoss");
        return this;
    }

    /** {@code metric: {roundsTo: loss}}. */
    public ComparisonBuilder roundsTo(double loss) {
        item.put("metric", Map.of("roundsTo", loss));
        return this;
    }

    /** {@code lower}: the variant claimed lower. */
    public ComparisonBuilder lower(String variant) {
        item.put("lower", variant);
        return this;
    }

    /** {@code than}: the variant it is compared with. */
    public ComparisonBuilder than(String variant) {
        item.put("than", variant);
        return this;
    }

    /** {@code pValue}: the one-sided Mann-Whitney test's level; 0.05 where not given. */
    public ComparisonBuilder pValue(double value) {
        item.put("pValue", value);
        return this;
    }
}
