package dev.expolu.dl4j;

/** Each feature shifted by the training rows' mean and scaled by their deviation (1 where it is 0). */
record Standardize(double[] mean, double[] deviation) {

    static Standardize by(double[][] rows) {
        int features = rows[0].length;
        double[] mean = new double[features];
        double[] deviation = new double[features];
        for (double[] row : rows) {
            for (int f = 0; f < features; f++) {
                mean[f] += row[f] / rows.length;
            }
        }
        for (double[] row : rows) {
            for (int f = 0; f < features; f++) {
                deviation[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / rows.length;
            }
        }
        for (int f = 0; f < features; f++) {
            deviation[f] = deviation[f] == 0 ? 1 : Math.sqrt(deviation[f]);
        }
        return new Standardize(mean, deviation);
    }

    /** Scales {@code rows} in place; returns itself, to scale more. */
    Standardize apply(double[][] rows) {
        for (double[] row : rows) {
            for (int f = 0; f < row.length; f++) {
                row[f] = (row[f] - mean[f]) / deviation[f];
            }
        }
        return this;
    }
}
