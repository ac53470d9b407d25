package dev.expolu.training;

import dev.expolu.network.Architecture;
import dev.expolu.network.Parameters;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import java.io.IOException;

/**
 * {@code engine: fused}: {@link FusedTrainer} on the CPU, one thread a run. Its arithmetic is Java's
 * own ({@code StrictMath}, float kernels of fixed lanes), so the device is the JVM, whatever the
 * processor.
 */
public final class FusedEngine implements RunTrainer {

    /**
     * This engine's declared arithmetic: raised, with a line in CHANGELOG.md, by the change that is
     * meant to move its bits, and then pinned again in the known answers
     * ({@code src/test/resources/known-answers}). Locks compare runs of the same version bit for bit.
     */
    public static final int ARITHMETIC = 1;

    @Override
    public String id() {
        return "fused";
    }

    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(id(), precision.id(), ARITHMETIC, TrainingCode.hash(), "jvm");
    }

    @Override
    public LossCurve train(RunSpec run, TrainingListener listener) throws IOException {
        NetworkSpec spec = NetworkSpec.of(run);
        return new FusedTrainer().train(Architecture.of(spec), Parameters.initial(spec), Dataset.of(spec),
                spec.learningRate(), spec.rounds(), listener);
    }
}
