package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The project's own models on Spark ({@code local[2]}): a trainer compiled here, in a class folder of
 * its own that the executors get only as the project's test class path, and a DL4J configuration with
 * its table, swept, give the local build's curves bit for bit; a second build takes every run from the
 * cache.
 */
class SparkKindsTest {

    private static final String TRAINER = """
            package com.example;

            import dev.expolu.api.Metric;
            import dev.expolu.api.Rounds;
            import dev.expolu.api.Run;
            import dev.expolu.api.Trainer;
            import java.util.List;
            import java.util.Random;

            public class DriftTrainer implements Trainer {
                public List<Metric> metrics() {
                    return List.of(Metric.lower("loss"), Metric.higher("hits"));
                }

                public void train(Run run, Rounds rounds) throws InterruptedException {
                    Random random = new Random(run.seed());
                    double w = random.nextGaussian();
                    double rate = run.number("learningRate", 0.1);
                    for (int round = 0; round < run.rounds(); round++) {
                        double x = random.nextGaussian();
                        double error = w * x - 2 * x;
                        w -= rate * error * x;
                        rounds.report(error * error, Math.abs(w - 2) < 0.1 ? 1 : 0);
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aTrainerSweptOverItsParametersTrainsOnSparkAsItDoesLocallyAndIsCachedThere() throws Exception {
        Path classes = compile(dir.resolve("project/target/test-classes"));
        Path experiments = Files.createDirectories(dir.resolve("src"));
        Files.writeString(experiments.resolve("drift.yaml"), """
                model: {kind: trainer, class: com.example.DriftTrainer, parameters: {points: 5}}
                training: {rounds: 30}
                seeds: [1, 2]
                sweep:
                  model.parameters.learningRate: [0.05, 0.2]
                expect:
                  - final: {metric: hits, atLeast: 0}
                """);
        TrainResult local = Training.run(request(experiments, "local", classes).build(), TrainingLog.NONE);
        List<String> lines = new CopyOnWriteArrayList<>();
        TrainResult spark = Training.run(request(experiments, "spark", classes)
                .executor(Experiments.spark("local[2]", "", 60)).build(), TrainingLog.of(lines::add, lines::add));

        assertThat(curves(spark)).isEqualTo(curves(local)).hasSize(4);
        assertThat(curves(spark).values()).allMatch(c -> c.contains("hits="));
        assertThat(codes(spark)).isEqualTo(codes(local)).hasSize(1);
        assertThat(lines).contains("Spark: the project's test class path travels to the executors, 1 element(s)");
        assertThat(lines).filteredOn(l -> l.contains(": done (")).hasSize(4);

        lines.clear(); // built again: nothing changed, nothing trains
        Training.run(request(experiments, "spark", classes).executor(Experiments.spark("local[2]", "", 60)).build(),
                TrainingLog.of(lines::add, lines::add));
        assertThat(lines).filteredOn(l -> l.contains(": cached (")).hasSize(4);
        assertThat(lines).noneMatch(l -> l.contains(": done ("));
    }

    @Test
    void aDl4jConfigurationAndItsTableTrainOnSparkAsLocally() throws Exception {
        Path experiments = Files.createDirectories(dir.resolve("src"));
        Files.writeString(Files.createDirectories(experiments.resolve("nets")).resolve("net.json"),
                new NeuralNetConfiguration.Builder().seed(0).updater(new Sgd(0.1)).list()
                        .layer(new DenseLayer.Builder().nIn(2).nOut(6).activation(Activation.TANH).build())
                        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(6).nOut(2)
                                .activation(Activation.SOFTMAX).build())
                        .build().toJson());
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 40; i++) {
            csv.append(3 * (i % 2) + random.nextGaussian()).append(',').append(random.nextGaussian()).append(',')
                    .append(i % 2).append('\n');
        }
        Files.writeString(experiments.resolve("blobs.csv"), csv);
        Files.writeString(experiments.resolve("blobs.yaml"), """
                model: {kind: dl4j, configuration: nets/net.json}
                data: {csv: blobs.csv, label: label}
                training: {rounds: 3}
                seeds: [1]
                sweep:
                  training.batchSize: [8, 16]
                """);
        Path classes = Files.createDirectories(dir.resolve("project/target/test-classes"));
        TrainResult local = Training.run(request(experiments, "local", classes).build(), TrainingLog.NONE);
        TrainResult spark = Training.run(request(experiments, "spark", classes)
                .executor(Experiments.spark("local[2]", "", 60)).build(), TrainingLog.NONE);

        assertThat(curves(spark)).isEqualTo(curves(local)).hasSize(2);
        assertThat(curves(spark).values()).allMatch(c -> c.contains("accuracy="));
    }

    private TrainRequest.Builder request(Path experiments, String out, Path classes) {
        return Experiments.request(experiments, dir.resolve(out), Optional.of(dir.resolve(out + "-cache")))
                .projectClassPath(List.of(classes));
    }

    /** Each run's fingerprint and its other curves' bits, by run. */
    private static Map<String, String> curves(TrainResult result) {
        Map<String, String> curves = new TreeMap<>();
        result.variants().forEach(v -> v.runs().forEach(r -> curves.put(r.id(), r.fingerprint() + r.metrics().stream()
                .map(m -> " " + m.name() + "=" + Arrays.stream(m.values()).mapToObj(x -> Long.toHexString(
                        Double.doubleToRawLongBits(x))).collect(Collectors.joining(",")))
                .collect(Collectors.joining()))));
        return curves;
    }

    private static List<String> codes(TrainResult result) {
        return result.variants().stream().flatMap(v -> v.runs().stream()).map(RunRecord::provenance)
                .map(p -> p.engine() + " " + p.code()).distinct().toList();
    }

    /** The trainer compiled against this JVM's class path into {@code classes}, a project's class folder. */
    private Path compile(Path classes) throws IOException {
        Path source = dir.resolve("project/src/test/java/com/example/DriftTrainer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, TRAINER);
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), source.toString());
        assertThat(status).as("javac's exit status").isZero();
        return classes;
    }
}
