package dev.expolu.training;

import dev.expolu.network.Architecture;
import dev.expolu.network.Nd4jLogging;
import dev.expolu.network.Parameters;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import java.io.IOException;
import java.util.Locale;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code engine: dl4j}: {@link Dl4jTrainer}, DL4J's {@code MultiLayerNetwork} on the build's ND4J
 * backend. Its arithmetic depends on the backend, the processor and ND4J's threads, which only
 * {@code OMP_NUM_THREADS} sets.
 */
public final class Dl4jEngine implements RunTrainer {

    /**
     * This engine's declared arithmetic: raised, with a line in CHANGELOG.md, by the change that is
     * meant to move its bits, and then pinned again in the known answers
     * ({@code src/test/resources/known-answers}). Locks compare runs of the same version bit for bit.
     */
    public static final int ARITHMETIC = 1;

    @Override
    public String id() {
        return "dl4j";
    }

    @Override
    public Arithmetic arithmetic(Precision precision) {
        return new Arithmetic(id(), precision.id(), ARITHMETIC, TrainingCode.hash(), device());
    }

    /** "nd4j-cpu amd64 omp 2": ND4J's backend, the processor and ND4J's native threads, which move DL4J's bits. */
    public static String device() {
        Nd4jLogging.quiet();
        String backend = Nd4j.getBackend().getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("cuda")
                ? "cuda" : "cpu";
        return "nd4j-" + backend + " " + System.getProperty("os.arch") + " omp " + ompThreads();
    }

    @Override
    public LossCurve train(RunSpec run, TrainingListener listener) throws IOException {
        NetworkSpec spec = NetworkSpec.of(run);
        return new Dl4jTrainer().train(Architecture.of(spec), Parameters.initial(spec), Dataset.of(spec),
                spec.learningRate(), spec.rounds(), listener);
    }

    /** ND4J's native threads. */
    private static int ompThreads() {
        String omp = System.getenv("OMP_NUM_THREADS");
        try {
            return omp == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(omp.trim());
        } catch (NumberFormatException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }
}
