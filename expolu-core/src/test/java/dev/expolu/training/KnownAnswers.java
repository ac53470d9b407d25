package dev.expolu.training;

import dev.expolu.activation.ActivationCatalog;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.NetworkSpec;
import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An engine's known answers: the fingerprints of a handful of tiny runs (every activation, both
 * dtypes, normalize on and off, powers [1] and, where the engine trains them, [1, 2]) pinned for
 * its declared arithmetic version in {@code src/test/resources/known-answers/<engine>-arithmetic-<N>.txt}.
 * The first line of a file names the device they were pinned on.
 */
final class KnownAnswers {

    /** Where the pinned answers live, from the module's folder (Surefire's working directory). */
    static final Path FOLDER = Path.of("src/test/resources/known-answers");

    private static final List<List<Double>> POINTS = List.of(List.of(-2.0, 1.0), List.of(-1.0, 2.0),
            List.of(0.0, 0.0), List.of(1.0, 2.0), List.of(2.0, 1.0));

    private KnownAnswers() {
    }

    /** "float32 expolu(a=1.0, b=1.0, p=2.0) powers [1] normalize" and its run, for each case. */
    static Map<String, NetworkSpec> cases(Engine engine, List<List<Integer>> powers) {
        Map<String, NetworkSpec> cases = new LinkedHashMap<>();
        for (Precision precision : Precision.values()) {
            for (String name : ActivationCatalog.NAMES) {
                for (List<Integer> p : powers) {
                    for (boolean normalize : new boolean[] {true, false}) {
                        NetworkSpec spec = new NetworkSpec(POINTS, normalize, 3, 12, ActivationCatalog.resolve(name, Map.of()),
                                p, new Init.Normal(), 5, 1.0e-2, precision, engine, 7);
                        cases.put(precision.id() + " " + spec.activation() + " powers " + p
                                + (normalize ? " normalize" : ""), spec);
                    }
                }
            }
        }
        return cases;
    }

    /** Each case's fingerprint, trained by {@code trainer}. */
    static Map<String, String> answers(RunTrainer trainer, Map<String, NetworkSpec> cases) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, NetworkSpec> c : cases.entrySet()) {
            answers.put(c.getKey(), trainer.train(c.getValue(), TrainingListener.NONE).fingerprint());
        }
        return answers;
    }

    static Path file(String engine, int version) {
        return FOLDER.resolve(engine + "-arithmetic-" + version + ".txt");
    }

    /** "device nd4j-cpu amd64 omp 2", then one "case = fingerprint" line a case. */
    static void write(Path file, Arithmetic arithmetic, Map<String, String> answers) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("device " + arithmetic.device());
        answers.forEach((name, fingerprint) -> lines.add(name + " = " + fingerprint));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static String device(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0).substring("device ".length());
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int at = line.lastIndexOf(" = ");
            answers.put(line.substring(0, at), line.substring(at + 3));
        }
        return answers;
    }
}
