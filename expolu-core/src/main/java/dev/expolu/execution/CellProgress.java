package dev.expolu.execution;

import dev.expolu.experiment.Axis;
import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Sweep;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep's progress by cell: a line when each cell's last run is recorded, trained or cached, with
 * how many of the sweep's cells are done. Runs are ordered cell by cell ({@link Experiment#runs()}),
 * so a cell's runs finish together. Every other line and event passes through to the log it wraps.
 */
final class CellProgress implements TrainingLog {

    private final TrainingLog log;
    private final Map<String, String> cellOf = new HashMap<>();
    private final Map<String, int[]> cells = new LinkedHashMap<>(); // left, trained, cached, all
    private final Map<String, int[]> sweeps = new HashMap<>(); // done, all

    private CellProgress(TrainingLog log) {
        this.log = log;
    }

    /** {@code log}, with a line per finished cell where {@code experiments} hold a sweep; else {@code log} itself. */
    static TrainingLog around(TrainingLog log, List<Experiment> experiments, List<Run> runs) {
        if (experiments.stream().allMatch(e -> e.sweep().isEmpty())) {
            return log;
        }
        CellProgress progress = new CellProgress(log);
        for (Run run : runs) {
            run.cell().ifPresent(cell -> {
                String key = run.experiment() + "/" + cell.name();
                progress.cellOf.put(run.id(), key);
                progress.cells.computeIfAbsent(key, k -> new int[4])[0]++;
                progress.cells.get(key)[3]++;
            });
        }
        for (Experiment e : experiments) {
            e.sweep().ifPresent(sweep -> {
                progress.sweeps.put(e.name(), new int[] {0, sweep.cells().size()});
                log.info("Sweep " + e.name() + ": " + describe(sweep) + ", " + e.runs().size()
                        + " runs, trained cell by cell");
            });
        }
        return progress;
    }

    /** "4 x 4 cells (model.layers x model.width) x 2 variants". */
    private static String describe(Sweep sweep) {
        return Axis.sizes(sweep.axes()) + " cells (" + String.join(" x ", sweep.axes().stream().map(a -> a.key()).toList()) + ") x "
                + sweep.variants().size() + " variant(s)";
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void debug(String line) {
        log.debug(line);
    }

    @Override
    public boolean debugEnabled() {
        return log.debugEnabled();
    }

    @Override
    public void runStarted(String run) {
        log.runStarted(run);
    }

    @Override
    public void runFinished(String run) {
        log.runFinished(run);
        done(run, 1);
    }

    @Override
    public void runCached(String run) {
        log.runCached(run);
        done(run, 2);
    }

    private void done(String run, int how) {
        String line;
        synchronized (this) {
            String key = cellOf.get(run);
            int[] cell = key == null ? null : cells.get(key);
            if (cell == null || cell[0] == 0) {
                return;
            }
            cell[how]++;
            if (--cell[0] > 0) {
                return;
            }
            String experiment = key.substring(0, key.indexOf('/'));
            int[] sweep = sweeps.get(experiment);
            sweep[0]++;
            line = "Cell " + key + ": " + cell[3] + " of " + cell[3] + " runs done (" + cell[1] + " trained, "
                    + cell[2] + " cached); " + sweep[0] + " of " + sweep[1] + " cells of " + experiment + " done";
        }
        log.info(line);
    }
}
