package dev.expolu.training;

import dev.expolu.run.NetworkSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The training points: each row's last column is the target y, the others the input x.
 *
 * @param inputs  one row of input features per sample
 * @param targets one target per sample
 */
public record Dataset(double[][] inputs, double[] targets) {

    public Dataset {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("need as many targets as inputs, and at least one sample");
        }
        inputs = Arrays.stream(inputs).map(double[]::clone).toArray(double[][]::new);
        targets = targets.clone();
    }

    /** From rows of numbers, the last column of each the target. */
    public static Dataset fromRows(List<? extends List<? extends Number>> rows) {
        double[][] inputs = new double[rows.size()][];
        double[] targets = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<? extends Number> row = rows.get(r);
            inputs[r] = row.subList(0, row.size() - 1).stream().mapToDouble(Number::doubleValue).toArray();
            targets[r] = row.get(row.size() - 1).doubleValue();
        }
        return new Dataset(inputs, targets);
    }

    /** A run's data: its points, normalized where it asks for the seed's {@code norma0}. */
    public static Dataset of(NetworkSpec spec) {
        Dataset data = fromRows(spec.points());
        return spec.normalize() ? data.normalized() : data;
    }

    public int size() {
        return targets.length;
    }

    public int features() {
        return inputs[0].length;
    }

    /**
     * The seed's {@code norma0}: x and y each z-scored with the mean and unbiased standard
     * deviation over the whole data set (all input columns together, as the seed's
     * {@code tdata1[:,:-1].mean()}).
     */
    public Dataset normalized() {
        double[] xs = Arrays.stream(inputs).flatMapToDouble(Arrays::stream).toArray();
        double xMean = mean(xs);
        double xStd = std(xs, xMean);
        double yMean = mean(targets);
        double yStd = std(targets, yMean);
        double[][] x = Arrays.stream(inputs)
                .map(row -> Arrays.stream(row).map(v -> (v - xMean) / xStd).toArray())
                .toArray(double[][]::new);
        double[] y = Arrays.stream(targets).map(v -> (v - yMean) / yStd).toArray();
        return new Dataset(x, y);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    private static double std(double[] values, double mean) {
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
