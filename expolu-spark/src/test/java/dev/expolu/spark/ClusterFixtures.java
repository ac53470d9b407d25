package dev.expolu.spark;

import dev.expolu.execution.TrainResult;
import dev.expolu.record.RunRecord;
import java.util.Map;
import java.util.TreeMap;

/** What the Spark tests compare. */
final class ClusterFixtures {

    private ClusterFixtures() {
    }

    /** Each run's fingerprint, by run. */
    static Map<String, String> fingerprints(TrainResult result) {
        Map<String, String> prints = new TreeMap<>();
        result.variants().forEach(v -> v.runs().forEach(r -> prints.put(r.id(), r.fingerprint())));
        return prints;
    }
}
