package dev.expolu.spark;

import dev.expolu.run.Dl4jData;
import dev.expolu.run.Dl4jSpec;
import dev.expolu.run.RunSpec;
import dev.expolu.run.TrainerSpec;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run of the project's own model as a Spark task ships it: every field of its {@link TrainerSpec} or
 * {@link Dl4jSpec} in plain serializable form. A dl4j run's files travel apart, by their hashes (the
 * broadcast the init tensors share), and are written on the executor under their names in a folder of
 * its own: the run reads the bytes the build validated, whatever the executor's disk holds.
 */
final class ProjectTask implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;
    private final LinkedHashMap<String, String> parameters;
    private final int rounds;
    private final long seed;
    private final String configurationSha256;
    private final boolean fromFactory;
    private final Dl4jData data;
    private final String folder;
    private final int batchSize;
    private final int every;

    ProjectTask(RunSpec spec) {
        this.kind = spec.kind();
        this.rounds = spec.rounds();
        this.seed = spec.seed();
        if (spec instanceof TrainerSpec t) {
            this.name = t.className();
            this.parameters = new LinkedHashMap<>(t.parameters());
            this.configurationSha256 = null;
            this.fromFactory = false;
            this.data = null;
            this.folder = null;
            this.batchSize = 0;
            this.every = 0;
        } else if (spec instanceof Dl4jSpec d) {
            this.name = d.configuration();
            this.parameters = new LinkedHashMap<>(d.parameters());
            this.configurationSha256 = d.configurationSha256();
            this.fromFactory = d.fromFactory();
            this.data = d.data();
            this.folder = d.folder().toString();
            this.batchSize = d.batchSize();
            this.every = d.every();
        } else {
            throw new IllegalArgumentException("a run of model.kind " + spec.kind() + " is not a project's own model");
        }
    }

    boolean dl4j() {
        return kind.equals(Dl4jSpec.KIND);
    }

    /**
     * The files a dl4j run reads, by hash to their names in the experiment's folder; none for a trainer,
     * and no table for a run whose data the project's iterators make (their code travels with the class path).
     */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        if (dl4j()) {
            if (!fromFactory) {
                files.put(configurationSha256, name);
            }
            if (data instanceof Dl4jData.Table table) {
                files.put(table.csvSha256(), table.csv());
            }
        }
        return files;
    }

    /** The folder the build read a dl4j run's files from; null for a trainer. */
    String folder() {
        return folder;
    }

    /** The run's spec again; a dl4j run's files in {@code folderHere}, where this JVM wrote them. */
    RunSpec spec(Path folderHere) {
        if (!dl4j()) {
            return new TrainerSpec(name, parameters, rounds, seed);
        }
        return new Dl4jSpec(name, configurationSha256, fromFactory, parameters, data, folderHere, batchSize, rounds,
                every, seed);
    }
}
