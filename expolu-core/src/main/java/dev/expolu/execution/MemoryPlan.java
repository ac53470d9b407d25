package dev.expolu.execution;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.Problem;
import dev.expolu.experiment.Variant;
import dev.expolu.network.Parameters;
import dev.expolu.network.Shape;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The heap the runs need, planned before any trains, against the heap of the JVM that trains them.
 * A run needs its weights in its dtype, the fused path's working vectors, its curve, and where its
 * tensors come from {@code .npy} files the largest file's values as doubles; for {@code engine: dl4j} an
 * estimate that adds DL4J's copy of the parameters, their gradients and a step's product. Where the
 * largest runs at once ({@code expolu.threads}) do not fit, fewer train at once, said as a warning;
 * where one run alone does not fit, nothing trains and the problem names the numbers. Runs on the
 * GPU ({@code engine: cuda}) are planned by their engine.
 */
final class MemoryPlan {

    private static final long MIB = 1L << 20;

    /** {@code -Dexpolu.memoryPlan=off} in the training JVM trains as asked, planning nothing. */
    static final String OFF_PROPERTY = "expolu.memoryPlan";

    private static final String RAISE = "raise -Xmx (MAVEN_OPTS, or expolu.argLine for a forked training JVM)";

    private MemoryPlan() {
    }

    /**
     * The heap of the JVM that trains: its limit ({@code -Xmx}, {@link Runtime#maxMemory()}) and what
     * is in use as the plan is made.
     */
    record Heap(long max, long used) {

        static Heap ofThisJvm() {
            Runtime runtime = Runtime.getRuntime();
            return new Heap(runtime.maxMemory(), runtime.totalMemory() - runtime.freeMemory());
        }

        /** What the runs may take: the limit less what is in use and a tenth of it (at least 16 MiB) kept aside. */
        long forRuns() {
            return Math.max(0, max - used - Math.max(16 * MIB, max / 10));
        }
    }

    /**
     * How many runs to train at once: {@code threads}, or fewer, with a warning, where that many of
     * the largest runs together do not fit {@code heap}.
     *
     * @throws ExperimentException naming each variant one run of which alone does not fit, with the
     *                             bytes it needs and the heap there is; nothing is trained
     */
    static int threads(List<Experiment> experiments, int threads, Heap heap, TrainingLog log)
            throws ExperimentException {
        if ("off".equals(System.getProperty(OFF_PROPERTY))) {
            return threads; // the user's word that the heap holds them
        }
        long budget = heap.forRuns();
        List<Problem> problems = new ArrayList<>();
        List<Long> needs = new ArrayList<>();
        for (Experiment experiment : experiments) {
            for (Variant variant : experiment.variants()) {
                if (!(variant.setup().spec(variant.seeds().get(0)) instanceof NetworkSpec spec)
                        || spec.engine() == Engine.CUDA) { // a project's trainer plans its own memory
                    continue;
                }
                long need = bytes(spec);
                if (need > budget) {
                    boolean curve = curveBytes(spec) > need / 2;
                    String key = curve ? "training.rounds" : "model.width";
                    problems.add(new Problem(experiment.file(), variant.lineOf(key), key, "is "
                            + (curve ? spec.rounds() : spec.width()) + ": " + describe(spec) + " needs " + format(need)
                            + " a run" + (curve ? " (its curve " + format(curveBytes(spec)) + ")" : "")
                            + ", but this JVM has " + format(heap.max()) + " of heap, " + format(budget)
                            + " of it free for runs: " + RAISE + " or train a "
                            + (curve ? "shorter run" : "smaller model")));
                }
                variant.seeds().forEach(seed -> needs.add(need));
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentException(problems);
        }
        needs.sort(Comparator.reverseOrder());
        int wanted = Math.min(threads, needs.size());
        int fit = wanted;
        while (fit > 1 && largest(needs, fit) > budget) {
            fit--;
        }
        if (fit == wanted) {
            return threads;
        }
        log.warn("expolu.threads is " + threads + ", but " + wanted + " runs at once need up to "
                + format(largest(needs, wanted)) + " of heap and this JVM has " + format(budget) + " free for runs ("
                + format(heap.max()) + " in all): training " + fit + " at once; " + RAISE + " to train " + wanted);
        return fit;
    }

    /** The bytes of heap one run of {@code spec} needs while it trains. */
    static long bytes(NetworkSpec spec) {
        Shape shape = Shape.of(spec);
        long values = shape.parameterCount();
        long weights = values * spec.precision().bytes();
        long n = spec.width();
        long terms = spec.powers().size();
        long hidden = spec.layers() - 1L;
        // per layer block norma(act(norma(z))): two vectors; the input and output terms; z, two gradients, a term
        // and a term's gradient; a float32 tensor's two scratch vectors, six tensors
        long vectors = Double.BYTES * (2 * n * (terms + hidden) + terms * (spec.inputs() + n) + 5 * n)
                + (spec.precision() == Precision.FLOAT32 ? 6 * 2 * Float.BYTES * (n + spec.inputs()) : 0);
        long curve = curveBytes(spec);
        long npy = spec.init() instanceof Init.Files // one file's values as doubles, read in chunks
                ? Double.BYTES * Arrays.stream(Parameters.sizes(shape)).max().orElse(0) : 0;
        long dl4j = spec.engine() == Engine.DL4J
                ? 3 * values * spec.precision().bytes() + Double.BYTES * n * n : 0; // its parameters, gradients, step
        return weights + vectors + curve + npy + dl4j + MIB; // and a little for the objects around them
    }

    /** The loss of every round: the curve, the record's copy and the report's. */
    private static long curveBytes(NetworkSpec spec) {
        return 3L * Double.BYTES * spec.rounds();
    }

    /** "30 x 512 float32", with the powers and the engine where they add to it. */
    static String describe(NetworkSpec spec) {
        return spec.layers() + " x " + spec.width() + (spec.powers().size() > 1 ? " powers " + spec.powers() : "")
                + " " + spec.precision().id() + (spec.engine() == Engine.DL4J ? " on dl4j" : "");
    }

    /** 512 KiB, 30.4 MiB, 6.9 GiB. */
    static String format(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value,
                units[unit]);
    }

    private static long largest(List<Long> sortedNeeds, int count) {
        return sortedNeeds.stream().limit(count).mapToLong(Long::longValue).sum();
    }
}
