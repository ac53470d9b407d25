package dev.expolu.cuda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.expolu.run.NetworkSpec;
import dev.expolu.training.LossCurve;
import java.util.List;
import java.util.Optional;

/**
 * The GPU of this machine for tests, or a skip that says why there is none: on CI (no GPU) the GPU
 * tests are skipped with the probe's reason, never passed silently.
 */
final class Gpu {

    private static final CudaEngine.Probe PROBE = CudaEngine.probe(Optional.empty());

    private Gpu() {
    }

    static CudaEngine engine() {
        assumeTrue(PROBE.engine().isPresent(), () -> "skipped: " + PROBE.reason());
        return PROBE.engine().get();
    }

    /** Trains {@code runs} in one call and gives their curves in order. */
    static LossCurve[] train(List<NetworkSpec> runs) throws Exception {
        return Curves.train(engine(), runs).curves();
    }
}
