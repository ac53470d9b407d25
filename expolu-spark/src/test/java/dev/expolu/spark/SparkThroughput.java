package dev.expolu.spark;

import dev.expolu.execution.Training;
import dev.expolu.execution.TrainingLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Not a test: {@code benchmarks/spark-throughput.sh} runs it. Trains one experiment on local
 * threads, then on a standalone cluster of two one-core workers on this machine, and prints the wall
 * times and the overhead per run. Arguments: seeds per variant (two variants), rounds, width.
 */
public final class SparkThroughput {

    private SparkThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int seeds = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path dir = Files.createTempDirectory("spark-throughput-");
        Path experiments = Experiments.write(dir, "bench", rounds, seeds);
        if (args.length > 2) {
            Files.writeString(experiments.resolve("bench.yaml"), Files.readString(experiments.resolve("bench.yaml"))
                    .replace("width: 24", "width: " + args[2]).replace("layers: 3", "layers: 6"));
        }
        int runs = 2 * seeds;
        long t0 = System.nanoTime();
        Map<String, String> local = ClusterFixtures.fingerprints(Training.run(Experiments.request(experiments,
                dir.resolve("local"), Optional.empty()).build(), TrainingLog.NONE));
        double localSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("spark"), 2)) {
            double startSeconds = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            long[] started = {0};
            TrainingLog log = TrainingLog.of(line -> {
                if (line.startsWith("Spark application ")) {
                    started[0] = System.nanoTime();
                }
            }, line -> { });
            Map<String, String> spark = ClusterFixtures.fingerprints(Training.run(Experiments.request(experiments,
                    dir.resolve("cluster"), Optional.empty()).executor(Experiments.spark(cluster.url(),
                    "spark.executor.memory=512m spark.executor.cores=1", 60)).build(), log));
            double applicationSeconds = (started[0] - t2) / 1e9;
            double clusterSeconds = (System.nanoTime() - started[0]) / 1e9;
            System.out.printf("runs: %d, rounds: %d, same fingerprints: %b%n", runs, rounds, spark.equals(local));
            System.out.printf("local threads (2):              %.1f s, %.2f s/run%n", localSeconds, localSeconds / runs);
            System.out.printf("standalone cluster (2 x 1 core): %.1f s, %.2f s/run, once its application had"
                    + " executors%n", clusterSeconds, clusterSeconds / runs);
            System.out.printf("  the application's start (context, two executor JVMs, jars): %.1f s; the cluster's"
                    + " own start (master, two workers): %.1f s%n", applicationSeconds, startSeconds);
            System.out.printf("overhead per run: %.2f s without the application's start, %.2f s with it%n",
                    (clusterSeconds - localSeconds) / runs, (clusterSeconds + applicationSeconds - localSeconds) / runs);
        }
    }
}
