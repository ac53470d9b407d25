package dev.expolu.bench;

import dev.expolu.activation.ActivationCatalog;
import dev.expolu.cuda.CudaEngine;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.LossCurve;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GPU engine's speed on the seed's net (30 x 512, float32, ExpoLU, 21 samples a round, batch size
 * 1): what {@code benchmarks/gpu-step-time.sh} runs beside PyTorch on the same GPU. Not a test: it
 * asserts nothing. For each number of runs trained at once it times whole rounds (one launch each,
 * losses copied back) after a first round that also pays for compilation and upload, and prints
 * {@code engine=cuda runs=1024 step_ms=... run_steps_per_s=...}.
 *
 * <p>Arguments: {@code rounds runs...}, e.g. {@code 4 1 20 1024}. Runs at once share one seed, so
 * that drawing 1024 initial nets on the CPU does not dominate the device time; each still has its own
 * weights on the GPU and its own SGD, and the kernel does the same work whatever the values.
 */
public final class CudaBenchmark {

    private static final List<List<Double>> POINTS = List.of(
            List.of(-10.0, 6.0), List.of(-9.0, 3.0), List.of(-8.0, 1.0), List.of(-7.0, -2.0), List.of(-6.0, -5.0),
            List.of(-5.0, -2.0), List.of(-4.0, 1.0), List.of(-3.0, 3.0), List.of(-2.0, 5.0), List.of(-1.0, 2.0),
            List.of(0.0, 0.0), List.of(10.0, 6.0), List.of(9.0, 3.0), List.of(8.0, 1.0), List.of(7.0, -2.0),
            List.of(6.0, -5.0), List.of(5.0, -2.0), List.of(4.0, 1.0), List.of(3.0, 3.0), List.of(2.0, 5.0),
            List.of(1.0, 2.0));

    private CudaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CudaEngine.Probe probe = CudaEngine.probe(Optional.empty());
        CudaEngine engine = probe.engine().orElseThrow(() -> new IllegalStateException(probe.reason()));
        int rounds = Integer.parseInt(args[0]);
        System.out.println("device: " + engine.device());
        for (int a = 1; a < args.length; a++) {
            int runs = Integer.parseInt(args[a]);
            NetworkSpec spec = new NetworkSpec(POINTS, false, 30, 512, ActivationCatalog.resolve("expolu", Map.of()),
                    List.of(1), new Init.Normal(), rounds, 0.001 / 512, Precision.FLOAT32, Engine.CUDA, 1);
            List<NetworkSpec> batch = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                batch.add(spec);
            }
            long[] ends = new long[rounds + 1];
            double[] finals = new double[runs];
            ends[0] = System.nanoTime();
            engine.train(batch, new BatchTrainer.BatchListener() {
                @Override
                public void roundFinished(int[] indices, int round, int total, double[] losses) {
                    ends[round] = System.nanoTime();
                }

                @Override
                public void runFinished(int index, LossCurve curve, double seconds) {
                    finals[index] = curve.finalLoss();
                }
            });
            double[] roundSeconds = new double[rounds - 1];
            for (int r = 2; r <= rounds; r++) {
                roundSeconds[r - 2] = (ends[r] - ends[r - 1]) / 1e9;
            }
            Arrays.sort(roundSeconds);
            double median = roundSeconds[roundSeconds.length / 2];
            double stepMs = median / POINTS.size() * 1e3;
            System.out.printf(Locale.ROOT, "engine=cuda runs=%d step_ms=%.3f run_steps_per_s=%.0f first_round_s=%.2f"
                    + " rounds_timed=%d final_loss_run0=%.4g%n", runs, stepMs, runs * POINTS.size() / median,
                    (ends[1] - ends[0]) / 1e9, roundSeconds.length, finals[0]);
        }
    }
}
