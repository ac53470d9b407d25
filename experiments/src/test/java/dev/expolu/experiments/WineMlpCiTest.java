package dev.expolu.experiments;

import static dev.expolu.assertj.ExpoluAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expolu.assertj.ExperimentResult;
import dev.expolu.assertj.Expolu;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Expectation;
import dev.expolu.judge.Metric;
import dev.expolu.record.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code src/experiments/wine-mlp-ci.yaml}'s claims from JUnit, on the project's own trainer
 * ({@link WineMlpTrainer}): the file's setup and variants at seeds 1 to 3, so that the test stays
 * short (9 runs; {@link #theseAreTheFilesRunsOfSeeds1To3} checks they are the file's runs). The file's
 * claims over every seed hold for any of its seeds and are stated here as they stand; its comparisons,
 * shown there over 6 seeds, are stated at the level 3 seeds a variant can show (the least one-sided p of
 * 3 against 3 is 1/20); its claims on a count of seeds are stated for these 3 as seeds 1 to 3 measured
 * them.
 */
class WineMlpCiTest {

    static final Path FILE = Path.of("src/experiments/wine-mlp-ci.yaml");

    private static ExperimentResult result;

    @BeforeAll
    static void train() throws IOException {
        String yaml = Files.readString(FILE);
        // the file's setup, its variants without their claims (stated below), seeds 1 to 3, its own name
        String setup = yaml.substring(yaml.indexOf("\nmodel:") + 1, yaml.indexOf("\nseeds:") + 1);
        Files.createDirectories(SMALL.getParent());
        Files.writeString(SMALL, "name: wine-mlp-ci-junit\n" + setup + """
                seeds: {from: 1, count: 3}
                variants:
                  expolu: {model: {parameters: {activation: expolu}}}
                  relu: {model: {parameters: {activation: relu}}}
                  relu-lr05: {model: {parameters: {activation: relu, learningRate: 0.05}}}
                """);
        result = Expolu.train(SMALL);
    }

    static final Path SMALL = Path.of("target/wine-mlp-ci-junit/wine-mlp-ci-junit.yaml");

    @Test
    void theseAreTheFilesRunsOfSeeds1To3() throws Exception {
        List<String> file = ExperimentLoader.load(FILE).runs().stream().filter(r -> r.seed() <= 3)
                .map(r -> r.variant() + " " + r.seed() + " " + r.spec().canonical()).toList();
        List<String> small = ExperimentLoader.load(SMALL).runs().stream()
                .map(r -> r.variant() + " " + r.seed() + " " + r.spec().canonical()).toList();
        assertThat(small).hasSize(9).containsExactlyInAnyOrderElementsOf(file);
    }

    /**
     * The curves bit for bit as the file's lock pins them: trained in this JVM on its threads, or taken
     * from the run cache, they are the ones the plugin's forked JVM trained and pinned.
     */
    @Test
    void theCurvesAreTheOnesTheLockPins() throws IOException {
        JsonNode lock = new ObjectMapper().readTree(Path.of("src/experiments/wine-mlp-ci.lock.json").toFile());
        Map<String, String> pinned = new TreeMap<>();
        lock.get("runs").forEach(r -> pinned.put(r.get("run").asText(), r.get("fingerprint").asText()));
        Map<String, String> trained = new TreeMap<>();
        for (String variant : new String[] {"expolu", "relu", "relu-lr05"}) {
            for (RunRecord run : result.variant(variant).runs()) {
                trained.put(variant + "/seed-" + run.seed(), run.fingerprint());
            }
        }
        assertThat(pinned).containsAllEntriesOf(trained);
    }

    @Test
    void expoluAtLr001LeavesChanceBehindInEverySeed() {
        assertThat(result.variant("expolu")).finalLoss().atMost(0.6).inEverySeed();
        assertThat(result.variant("expolu")).meets(new Expectation(new Metric.Final("accuracy"),
                new Bound(Bound.Kind.AT_LEAST, 0.75), OptionalInt.empty()));
    }

    @Test
    void expoluAtLr001GetsBelow01In60RoundsInSeeds1To3() {
        assertThat(result.variant("expolu")).reachesLoss(0.1).withinRounds(60).inEverySeed();
        assertThat(result.variant("expolu")).finalLoss().atMost(0.05).inEverySeed();
    }

    @Test
    void reluAtTheSameLrStaysAtChance() {
        assertThat(result.variant("relu")).finalLoss().atLeast(0.9).inEverySeed();
        assertThat(result.variant("relu")).meets(new Expectation(new Metric.Final("accuracy"),
                new Bound(Bound.Kind.AT_MOST, 0.7), OptionalInt.empty()));
    }

    @Test
    void reluAtItsOwnLr005Trains() {
        assertThat(result.variant("relu-lr05")).finalLoss().atMost(0.6).inEverySeed();
        assertThat(result.variant("relu-lr05")).meets(new Expectation(new Metric.Final("accuracy"),
                new Bound(Bound.Kind.AT_LEAST, 0.6), OptionalInt.empty()));
    }

    @Test
    void atTheSameLrExpoluEndsLowerThanRelu() {
        assertThat(result).variant("expolu").hasLowerFinalLossThan("relu").withPValueAtMost(0.05);
        assertThat(result).variant("expolu").reachesLoss(0.1).fasterThan("relu").withPValueAtMost(0.05);
    }

    @Test
    void reluEndsLowerAtLr005ThanAtLr001() {
        assertThat(result).variant("relu-lr05").hasLowerFinalLossThan("relu").withPValueAtMost(0.05);
    }
}
