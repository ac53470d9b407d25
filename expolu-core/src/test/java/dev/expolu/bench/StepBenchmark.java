package dev.expolu.bench;

import dev.expolu.activation.Activations;
import dev.expolu.network.Architecture;
import dev.expolu.network.Parameters;
import dev.expolu.run.Precision;
import dev.expolu.training.Dataset;
import dev.expolu.training.Dl4jTrainer;
import dev.expolu.training.FusedTrainer;
import dev.expolu.training.Trainer;
import dev.expolu.training.TrainingListener;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The time of one SGD step of the seed's net, batch size 1: what {@code benchmarks/step-time.sh}
 * runs beside PyTorch's {@code ref_fast.py}. Not a test: it asserts nothing.
 *
 * <p>Arguments: {@code engine layers width rounds parallel [activation]}. Prints one line,
 * {@code engine=fused layers=30 width=512 parallel=1 step_ms=9.12 steps_per_s=109.6 ...}, and with
 * {@code memory} as engine, the heap after each round.
 */
public final class StepBenchmark {

    private static final Dataset POINTS = Dataset.fromRows(List.of(
            List.of(-10, 6), List.of(-9, 3), List.of(-8, 1), List.of(-7, -2), List.of(-6, -5), List.of(-5, -2),
            List.of(-4, 1), List.of(-3, 3), List.of(-2, 5), List.of(-1, 2), List.of(0, 0),
            List.of(10, 6), List.of(9, 3), List.of(8, 1), List.of(7, -2), List.of(6, -5), List.of(5, -2),
            List.of(4, 1), List.of(3, 3), List.of(2, 5), List.of(1, 2)));

    private StepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        int layers = Integer.parseInt(args[1]);
        int width = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int parallel = Integer.parseInt(args[4]);
        String activation = args.length > 5 ? args[5] : "expolu";
        Architecture net = new Architecture(1, layers, width, Activations.create(activation, Map.of()), List.of(1));
        if (engine.equals("memory")) {
            memory(net, rounds);
            return;
        }
        Trainer trainer = engine.equals("dl4j") ? new Dl4jTrainer() : new FusedTrainer();
        for (int i = 0; i < 4; i++) {
            train(trainer, net, initial(net, 1), 1); // warm-up: C2 compiles the kernels as whole methods
        }
        List<Parameters> seeds = initial(net, parallel); // drawing 7.8M N(0,1) values is not a step
        long start = System.nanoTime();
        train(trainer, net, seeds, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        double steps = (double) rounds * POINTS.size() * parallel;
        System.out.printf(Locale.ROOT, "engine=%s layers=%d width=%d parallel=%d rounds=%d step_ms=%.3f"
                + " steps_per_s=%.2f%n", engine, layers, width, parallel, rounds, seconds * 1000 * parallel / steps,
                steps / seconds);
    }

    private static List<Parameters> initial(Architecture net, int seeds) {
        List<Parameters> list = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            list.add(Parameters.normal(net, Precision.FLOAT32, seed));
        }
        return list;
    }

    /** Trains each of {@code seeds} on a thread of its own, all at once. */
    private static void train(Trainer trainer, Architecture net, List<Parameters> seeds, int rounds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(seeds.size());
        List<Future<?>> runs = new ArrayList<>();
        for (Parameters parameters : seeds) {
            runs.add(pool.submit(() -> trainer.train(net, parameters, POINTS, 0.001 / net.width(), rounds,
                    TrainingListener.NONE)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    /** The process's resident memory in MB, from /proc (Linux); "?" elsewhere. */
    private static String rss() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return String.format(Locale.ROOT, "%.0f",
                            Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return "?";
    }

    /** Heap and direct memory after each round of a fused run, after a GC. */
    private static void memory(Architecture net, int rounds) {
        Parameters parameters = Parameters.normal(net, Precision.FLOAT32, 1);
        new FusedTrainer().train(net, parameters, POINTS, 0.001 / net.width(), rounds, (round, all, loss) -> {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
            System.out.printf(Locale.ROOT, "round=%d heap_used_mb=%.1f direct_mb=%.1f process_rss_mb=%s loss=%.4g%n",
                    round, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, direct / 1048576.0, rss(), loss);
        });
    }
}
