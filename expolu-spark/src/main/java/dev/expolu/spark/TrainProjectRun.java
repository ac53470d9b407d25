package dev.expolu.spark;

import dev.expolu.cache.RunCache;
import dev.expolu.dl4j.Dl4jFitEngine;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Precision;
import dev.expolu.run.RunSpec;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.trainer.TrainerEngine;
import dev.expolu.training.LossCurve;
import dev.expolu.training.RunTrainer;
import dev.expolu.training.TrainingListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A run of the project's own model on an executor: the project's classes loaded from the class path the
 * driver shipped ({@link ShippedClassPath}), a dl4j run's files written from the bytes it broadcast,
 * trained by the engine a local build trains it with, its arithmetic and cache key computed here.
 */
final class TrainProjectRun {

    private TrainProjectRun() {
    }

    /** Trains {@code task}; its failure, of its own or of a class that does not link here, comes back as text. */
    static TaskResult train(RunTask task, Map<String, byte[][]> files, ShippedClassPath classPath, String executor) {
        ProjectTask project = task.project;
        Path folder = null;
        Arithmetic arithmetic = new Arithmetic(project.dl4j() ? Dl4jFitEngine.ID : TrainerEngine.ID, "?", 0, "?", "?");
        try {
            ProjectClasses classes = classPath.classes();
            RunTrainer engine = project.dl4j() ? new Dl4jFitEngine(classes) : new TrainerEngine(classes);
            arithmetic = engine.arithmetic(Precision.FLOAT64);
            if (project.dl4j()) {
                folder = Files.createTempDirectory("expolu-dl4j-");
                for (Map.Entry<String, String> file : project.files().entrySet()) {
                    Path here = folder.resolve(file.getValue());
                    Files.createDirectories(here.getParent());
                    Files.write(here, files.get(file.getKey())[0]);
                }
            }
            RunSpec spec = project.spec(folder);
            String key = RunCache.key(spec, arithmetic);
            long start = System.nanoTime();
            LossCurve curve = engine.train(spec, TrainingListener.NONE);
            return TrainPartition.result(task, curve, (System.nanoTime() - start) / 1e9, key, arithmetic, executor, null);
        } catch (IOException | RuntimeException | LinkageError e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (folder != null) {
                why = why.replace(folder.toString(), project.folder() + " (as sent to this executor)");
            }
            if (e instanceof LinkageError) {
                why += project.dl4j() ? " (a dl4j run needs DL4J and ND4J's CPU backend on the executors: their jars"
                        + " in spark.jars, or the cluster's class path)" : " (the project's classes link against a"
                        + " class this executor lacks)";
            }
            return TrainPartition.result(task, (LossCurve) null, 0, null, arithmetic, executor, why);
        } finally {
            TrainPartition.delete(folder);
        }
    }
}
