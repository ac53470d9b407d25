package dev.expolu.cuda;

import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import dev.expolu.training.BatchTrainer;
import java.util.List;
import java.util.Optional;

/** {@code engine: cuda}. */
public final class CudaEngine implements BatchTrainer {

    /** Whether this machine has a usable GPU, and why not where it has none. */
    public record Probe(Optional<CudaEngine> engine, String reason) {
    }

    private CudaEngine() {
    }

    public static Probe probe() {
        return new Probe(Optional.empty(), "no CUDA device found");
    }

    public String device() {
        return "none";
    }

    @Override
    public String id() {
        return "cuda";
    }

    @Override
    public Arithmetic arithmetic(Precision precision) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String batchKey(RunSpec spec) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void train(List<RunSpec> runs, BatchListener listener) {
        throw new UnsupportedOperationException();
    }
}
