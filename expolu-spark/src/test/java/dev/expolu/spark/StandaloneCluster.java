package dev.expolu.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on this machine: a master and two workers of one core each, each
 * its own JVM on 127.0.0.1, with Spark's jars alone on their class path (no expolu: the executors
 * get it from the driver's {@code spark.jars}). Workers start executors as separate JVMs too.
 * {@link #close()} kills every JVM it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final String classPath;
    private final int masterPort;
    private final int masterUi;
    private final List<Process> workers = new ArrayList<>();
    private Process master;

    private StandaloneCluster(Path home) throws IOException {
        this.home = home;
        this.classPath = sparkClassPath();
        this.masterPort = freePort();
        this.masterUi = freePort();
    }

    /** Starts a master and {@code workers} workers of one core and waits until all are registered. */
    static StandaloneCluster start(Path home, int workers) throws IOException, InterruptedException {
        return start(home, workers, List.of());
    }

    /**
     * Starts a master and {@code workers} workers of one core, each worker's JVM with
     * {@code workerOptions} too (such as {@code -Dspark.worker.resource.gpu.amount=1}), and waits
     * until all are registered.
     */
    static StandaloneCluster start(Path home, int workers, List<String> workerOptions)
            throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(home);
        try {
            Files.createDirectories(home.resolve("jars"));
            cluster.master = cluster.launch("master", List.of(), "org.apache.spark.deploy.master.Master", "--host",
                    "127.0.0.1",
                    "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(cluster.masterUi));
            for (int i = 1; i <= workers; i++) {
                cluster.workers.add(cluster.launch("worker-" + i, workerOptions, "org.apache.spark.deploy.worker.Worker",
                        "--host",
                        "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port",
                        String.valueOf(freePort()), "--work-dir", home.resolve("work-" + i).toString(),
                        cluster.url()));
            }
            cluster.awaitWorkers(workers, Duration.ofSeconds(90));
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT}. */
    String url() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Kills worker {@code i} (from 1) and the executor JVMs it started, at once (SIGKILL). */
    void killWorker(int i) {
        Process worker = workers.get(i - 1);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    /** The executor JVMs of worker {@code i} now (CoarseGrainedExecutorBackend, its children). */
    List<ProcessHandle> executorsOf(int i) {
        return workers.get(i - 1).descendants().filter(p -> p.info().commandLine().orElse("")
                .contains("CoarseGrainedExecutorBackend")).toList();
    }

    /** Every JVM this cluster started that still runs. */
    List<ProcessHandle> alive() {
        List<ProcessHandle> all = new ArrayList<>();
        List<Process> started = new ArrayList<>(workers);
        if (master != null) {
            started.add(master);
        }
        for (Process p : started) {
            p.descendants().filter(ProcessHandle::isAlive).forEach(all::add);
            if (p.isAlive()) {
                all.add(p.toHandle());
            }
        }
        return all;
    }

    @Override
    public void close() throws InterruptedException {
        List<Process> started = new ArrayList<>(workers);
        if (master != null) {
            started.add(master);
        }
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : started) {
            p.waitFor();
        }
    }

    /**
     * Writes a GPU discovery script under {@code home} that declares one GPU of address 0, and gives
     * the worker options that use it.
     */
    static List<String> oneGpu(Path home) throws IOException {
        Files.createDirectories(home);
        Path script = Files.writeString(home.resolve("gpu.sh"),
                "#!/bin/sh\necho '{\"name\": \"gpu\", \"addresses\": [\"0\"]}'\n");
        script.toFile().setExecutable(true);
        return List.of("-Dspark.worker.resource.gpu.amount=1", "-Dspark.worker.resource.gpu.discoveryScript=" + script);
    }

    private Process launch(String name, List<String> options, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(options);
        command.addAll(List.of("-Dspark.worker.timeout=10", "-cp", classPath, main));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", home.toString());           // an empty jars/: the class path comes from below
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_DIST_CLASSPATH", classPath);       // what the worker gives the executors it starts
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.remove("CLASSPATH");
        return builder.start();
    }

    private void awaitWorkers(int count, Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IllegalStateException("The Spark master exited (" + master.exitValue() + "); see "
                        + home.resolve("master.log"));
            }
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher alive = ALIVE.matcher(last);
                if (alive.find() && Integer.parseInt(alive.group(1)) >= count) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString(); // not up yet
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("The Spark cluster at " + url() + " did not have " + count + " workers within "
                + limit.toSeconds() + " s; last answer: " + last + "; logs in " + home);
    }

    /** This JVM's class path less expolu and ND4J: Spark and what it depends on. */
    private static String sparkClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("expolu") && !e.contains("/target/") && !e.contains("/org/nd4j/")
                        && !e.contains("/org/deeplearning4j/") && !e.contains("/org/bytedeco/")
                        && !e.contains("/org/junit/") && !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Reads a log of the cluster, for a failure's message. */
    String log(String name) throws IOException {
        try (InputStream in = Files.newInputStream(home.resolve(name + ".log"))) {
            return new String(in.readAllBytes());
        }
    }
}
