package dev.expolu.assertj;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of {@code expect}: a metric, a bound, and how many seeds must meet it, such as
 * {@code e -> e.roundsTo(1e-3).atMost(150).seedsAtLeast(8)} for
 * {@code - roundsTo: {loss: 1.0e-3, atMost: 150}} with {@code seeds: {atLeast: 8}}.
 */
public final class ExpectationBuilder {

    private final Map<String, Object> item;
    private final Map<String, Object> body = new LinkedHashMap<>();

    ExpectationBuilder(Map<String, Object> item) {
        this.item = item;
    }

    /** {@code finalLoss}: the last round's loss. */
    public ExpectationBuilder finalLoss() {
        item.put("finalLoss", body);
        return this;
    }

    /** {@code minLoss}: the lowest round loss. */
    public ExpectationBuilder minLoss() {
        item.put("minLoss", body);
        return this;
    }

    /** {@code roundsTo: {loss: ...}}: the rounds until a round's loss is at most {@code loss}. */
    public ExpectationBuilder roundsTo(double loss) {
        body.put("loss", loss);
        item.put("roundsTo", body);
        return this;
    }

    /** {@code atMost}. */
    public ExpectationBuilder atMost(double value) {
        body.put("atMost", value);
        return this;
    }

    /** {@code atLeast}. */
    public ExpectationBuilder atLeast(double value) {
        body.put("atLeast", value);
        return this;
    }

    /** {@code seeds: {atLeast: count}}; every seed where not given. */
    public ExpectationBuilder seedsAtLeast(int count) {
        item.put("seeds", Map.of("atLeast", count));
        return this;
    }
}
