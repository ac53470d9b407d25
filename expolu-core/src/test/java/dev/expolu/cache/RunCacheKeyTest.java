package dev.expolu.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.run.Arithmetic;
import dev.expolu.run.NetworkSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's cache key is made from its canonical description alone, so it is the same in every JVM:
 * activation parameters included, whose order a hash map would change from JVM to JVM.
 */
class RunCacheKeyTest {

    static final String EXPERIMENT = """
            data: {points: [[-2, 1], [-1, 2], [0, 0], [1, 2], [2, 1]]}
            model: {layers: 3, width: 16, activation: {name: expolu, p: 3, b: 0.5, a: 2}}
            training: {rounds: 12}
            seeds: [7]
            """;

    static final Arithmetic ARITHMETIC = new Arithmetic("fused", "float32", 1, "c0de", "jvm");

    @TempDir
    Path dir;

    /** Loads the experiment file {@code args[0]} and prints its run's cache key. */
    public static void main(String[] args) throws Exception {
        System.out.println(key(Path.of(args[0])));
    }

    static String key(Path file) throws Exception {
        NetworkSpec spec = ExperimentLoader.load(file).runs().get(0).networkSpec();
        return RunCache.key(spec, ARITHMETIC);
    }

    @Test
    void theKeyOfARunWithActivationParametersIsTheSameInEveryJvm() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), EXPERIMENT);
        Set<String> keys = new HashSet<>();
        keys.add(key(file));
        for (int jvm = 0; jvm < 6; jvm++) {
            keys.add(inFreshJvm(file));
        }
        assertThat(keys).hasSize(1);
    }

    @Test
    void theDescriptionNamesEveryParameterInTheActivationsOwnOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), EXPERIMENT);
        NetworkSpec spec = ExperimentLoader.load(file).runs().get(0).networkSpec();
        assertThat(spec.canonical()).isEqualTo("""
                expolu-run-v2
                points=[[-2.0, 1.0], [-1.0, 2.0], [0.0, 0.0], [1.0, 2.0], [2.0, 1.0]]
                normalize=false
                layers=3
                width=16
                activation=expolu
                parameters={a=2.0, b=0.5, p=3.0}
                powers=[1]
                init=normal
                rounds=12
                learningRate=6.25E-5
                dtype=float32
                engine=fused
                seed=7
                """);
        assertThat(spec.setup().keySet()).containsExactly("points", "normalize", "layers", "width", "activation",
                "parameters", "powers", "init", "rounds", "learningRate", "dtype", "engine");
    }

    @Test
    void theKeyChangesWithAnySettingTheSeedOrTheArithmetic() throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), EXPERIMENT);
        NetworkSpec spec = ExperimentLoader.load(file).runs().get(0).networkSpec();
        String key = RunCache.key(spec, ARITHMETIC);
        assertThat(RunCache.key(spec, new Arithmetic("fused", "float32", 1, "beef", "jvm"))).isNotEqualTo(key);
        Path other = Files.writeString(dir.resolve("o.yaml"), EXPERIMENT.replace("a: 2", "a: 2.5"));
        assertThat(key(other)).isNotEqualTo(key);
        Path seed = Files.writeString(dir.resolve("s.yaml"), EXPERIMENT.replace("[7]", "[8]"));
        assertThat(key(seed)).isNotEqualTo(key);
    }

    private static String inFreshJvm(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                RunCacheKeyTest.class.getName(), file.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }
}
