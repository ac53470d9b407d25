package dev.expolu.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a {@code model.kind: dl4j} run's data comes from: a CSV table, or iterators a project's code makes.
 * Plain values, serializable: a Spark task carries them.
 */
public sealed interface Dl4jData extends java.io.Serializable permits Dl4jData.Table, Dl4jData.Iterators {

    /** The data as a run's record shows it, in a fixed order. */
    Map<String, Object> setup();

    /** The settings as the experiment file names them, each with its value as text, in a fixed order. */
    Map<String, String> settings();

    /** The lines of the run's key, in a fixed order: the files by their hashes, the code by its. */
    String canonical();

    /**
     * A CSV table inside the experiment's folder, split from the seed.
     *
     * @param csv         the table, as the experiment names it
     * @param csvSha256   the hash of its bytes
     * @param label       the label column: whole numbers 0 to classes - 1
     * @param validation  the share of rows held out, drawn from the seed
     * @param standardize features scaled by the training rows' mean and deviation
     */
    record Table(String csv, String csvSha256, String label, double validation, boolean standardize)
            implements Dl4jData {

        public Table {
            Objects.requireNonNull(csv, "csv");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public Map<String, Object> setup() {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, String> file = new LinkedHashMap<>();
            file.put("file", csv);
            file.put("sha256", csvSha256);
            m.put("csv", java.util.Collections.unmodifiableMap(file));
            m.put("label", label);
            m.put("validation", validation);
            m.put("standardize", standardize);
            return m;
        }

        @Override
        public Map<String, String> settings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("data.csv", csv + " sha256 " + csvSha256.substring(0, 12));
            m.put("data.label", label);
            m.put("data.validation", String.valueOf(validation));
            m.put("data.standardize", String.valueOf(standardize));
            return m;
        }

        @Override
        public String canonical() {
            return "csv=" + csvSha256 + "\nlabel=" + label.length() + ":" + label + "\nvalidation=" + validation
                    + "\nstandardize=" + standardize + "\n";
        }
    }

    /**
     * {@code DataSetIterator}s that static methods on the project's test class path make from the run's
     * seed: the training batches and the held-out ones.
     *
     * @param train      the training iterator's factory, {@code Class#method}
     * @param validation the held-out iterator's factory, {@code Class#method}
     * @param code       the hash of the project's test class path, where both are: data made by code is
     *                   keyed by that code
     */
    record Iterators(String train, String validation, String code) implements Dl4jData {

        public Iterators {
            Objects.requireNonNull(train, "train");
            Objects.requireNonNull(validation, "validation");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Map<String, Object> setup() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iterator", train);
            m.put("validation", validation);
            m.put("code", code);
            return m;
        }

        @Override
        public Map<String, String> settings() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("data.iterator", train + " code " + code.substring(0, Math.min(12, code.length())));
            m.put("data.validation", validation);
            return m;
        }

        @Override
        public String canonical() {
            return "iterator=" + train.length() + ":" + train + "\nvalidationIterator=" + validation.length() + ":"
                    + validation + "\ncode=" + code + "\n";
        }
    }
}
