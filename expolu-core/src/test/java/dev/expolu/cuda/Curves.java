package dev.expolu.cuda;

import dev.expolu.run.NetworkSpec;
import dev.expolu.training.BatchTrainer;
import dev.expolu.training.LossCurve;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Trains runs in one call of an engine and keeps what it reported: each run's curve, its notes. */
final class Curves implements BatchTrainer.BatchListener {

    private final LossCurve[] curves;
    private final List<String> notes = new CopyOnWriteArrayList<>();

    private Curves(int runs) {
        this.curves = new LossCurve[runs];
    }

    static Curves train(CudaEngine engine, List<NetworkSpec> runs) throws IOException {
        Curves collected = new Curves(runs.size());
        engine.train(runs, collected);
        return collected;
    }

    /** The curves, in the order of the runs. */
    LossCurve[] curves() {
        return curves.clone();
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void roundFinished(int[] indices, int round, int rounds, double[] losses) {
    }

    @Override
    public void runFinished(int index, LossCurve curve, double seconds) {
        curves[index] = curve;
    }

    @Override
    public void note(String line) {
        notes.add(line);
    }
}
