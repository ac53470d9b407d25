package dev.expolu.assertj;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The keys of {@code data}. */
public final class DataBuilder {

    private final Map<String, Object> keys;

    DataBuilder(Map<String, Object> keys) {
        this.keys = keys;
    }

    /** {@code points}: the rows, inputs first, the target last. */
    public DataBuilder points(double[]... rows) {
        keys.put("points", Arrays.stream(rows).map(r -> Arrays.stream(r).boxed().toList()).toList());
        return this;
    }

    /** {@code points}: the rows, inputs first, the target last. */
    public DataBuilder points(List<List<Double>> rows) {
        keys.put("points", rows.stream().map(List::copyOf).toList());
        return this;
    }

    /** {@code csv}: a file of rows, relative to the working directory. */
    public DataBuilder csv(String file) {
        keys.put("csv", file);
        return this;
    }

    /** {@code normalize}: the seed's {@code norma0} on x and y. */
    public DataBuilder normalize(boolean value) {
        keys.put("normalize", value);
        return this;
    }

    /** {@code label}: a DL4J model's label column of {@code csv}, by its header's name. */
    public DataBuilder label(String column) {
        keys.put("label", column);
        return this;
    }

    /** {@code validation}: the share of a DL4J model's rows held out, between 0 and 1. */
    public DataBuilder validation(double share) {
        keys.put("validation", share);
        return this;
    }

    /** {@code standardize}: a DL4J model's features scaled by the training rows' mean and deviation. */
    public DataBuilder standardize(boolean value) {
        keys.put("standardize", value);
        return this;
    }
}
