package dev.expolu.trainer;

import dev.expolu.api.Run;
import dev.expolu.run.TrainerSpec;
import java.util.Map;

/** A run as a trainer sees it. */
record TrainerRun(TrainerSpec spec) implements Run {

    @Override
    public long seed() {
        return spec.seed();
    }

    @Override
    public int rounds() {
        return spec.rounds();
    }

    @Override
    public Map<String, String> parameters() {
        return spec.parameters();
    }
}
