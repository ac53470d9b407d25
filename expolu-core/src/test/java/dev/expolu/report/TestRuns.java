package dev.expolu.report;

import dev.expolu.record.Provenance;
import dev.expolu.record.RunRecord;
import dev.expolu.training.LossCurve;
import java.util.Map;

/** Run records made up for the report's tests, with the losses given and nothing trained. */
final class TestRuns {

    private TestRuns() {
    }

    static RunRecord run(String experiment, String variant, long seed, double... losses) {
        return RunRecord.of(experiment, variant, seed, new LossCurve(losses), 1, experiment + ".yaml", "00", Map.of(),
                new Provenance("0", "0", "fused", "jvm", "float32", 1, "c0de", "17", "Linux", "amd64"));
    }
}
