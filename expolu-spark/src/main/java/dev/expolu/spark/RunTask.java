package dev.expolu.spark;

import dev.expolu.execution.PlannedRun;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * One run as a Spark task ships it: its name, its cache key (null where its device is the executor's,
 * known only there), and its spec: the seed's network ({@link NetworkTask}) or the project's own model
 * ({@link ProjectTask}).
 */
final class RunTask implements Serializable {

    private static final long serialVersionUID = 1L;

    final int index;
    final String id;
    final String cacheKey;
    /** The seed's network; null for a run of the project's own model. */
    final NetworkTask network;
    /** A run of the project's own model; null for the seed's network. */
    final ProjectTask project;

    RunTask(int index, PlannedRun run) {
        this.index = index;
        this.id = run.id();
        this.cacheKey = run.arithmetic().deviceWhereTrained() ? null : run.cacheKey();
        boolean seeds = run.run().spec() instanceof NetworkSpec;
        this.network = seeds ? new NetworkTask(run.run().networkSpec()) : null;
        this.project = seeds ? null : new ProjectTask(run.run().spec());
    }

    /** The hash of its init tensors; null for N(0,1) from the seed, or a project's model. */
    String initSha256() {
        return network == null ? null : network.initSha256();
    }

    /** Where the driver read its init tensors; null for N(0,1), or a project's model. */
    String initDirectory() {
        return network == null ? null : network.initDirectory();
    }

    /** The network's dtype; float64 for a project's model, as the session plans it. */
    Precision precision() {
        return network == null ? Precision.FLOAT64 : network.precision();
    }

    /** The network's spec again, its init tensors read from {@code initHere} (where this JVM wrote them). */
    NetworkSpec spec(Path initHere) {
        return network.spec(initHere);
    }
}
