package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.expolu.Golden;
import dev.expolu.judge.Bound;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;
import dev.expolu.run.Engine;
import dev.expolu.run.Init;
import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExperimentLoaderTest {

    private static final String VALID = """
            name: contrast
            description: ExpoLU against ReLU
            data:
              points: [[-1, 2], [0, 0], [1, 2]]
            model:
              layers: 4
              width: 16
              activation: expolu
            training:
              rounds: 20
              learningRate: 1.0e-4
            seeds: {from: 3, count: 4}
            variants:
              expolu: {}
              relu:
                model: {activation: relu}
                training: {dtype: float64}
                seeds: [1, 2]
                expect:
                  - roundsTo: {loss: 1.0e-3, atMost: 300}
            expect:
              - finalLoss: {atMost: 1.0e-7}
                seeds: {atLeast: 3}
            """;

    @TempDir
    Path dir;

    @Test
    void loadsVariantsAsOverridesOfTheBase() throws Exception {
        Experiment experiment = ExperimentLoader.load(write("contrast.yaml", VALID));

        assertThat(experiment.name()).isEqualTo("contrast");
        assertThat(experiment.sha256()).hasSize(64);
        assertThat(experiment.variants()).extracting(Variant::name).containsExactly("expolu", "relu");
        Variant expolu = experiment.variants().get(0);
        assertThat(expolu.seeds()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(expolu.network().activation().toString()).isEqualTo("expolu(a=1.0, b=1.0, p=2.0)");
        assertThat(expolu.network().precision()).isEqualTo(Precision.FLOAT32);
        assertThat(expolu.network().powers()).containsExactly(1);
        assertThat(expolu.network().init()).isEqualTo(new Init.Normal());
        assertThat(expolu.expectations()).singleElement().satisfies(e -> {
            assertThat(e.metric()).isEqualTo(new Metric.FinalLoss());
            assertThat(e.bound()).isEqualTo(new Bound(Bound.Kind.AT_MOST, 1e-7));
            assertThat(e.seedsAtLeast()).isEqualTo(OptionalInt.of(3));
        });
        Variant relu = experiment.variants().get(1);
        assertThat(relu.network().activation().name()).isEqualTo("relu");
        assertThat(relu.network().layers()).isEqualTo(4);
        assertThat(relu.network().precision()).isEqualTo(Precision.FLOAT64);
        assertThat(relu.seeds()).containsExactly(1L, 2L);
        assertThat(relu.expectations()).singleElement().satisfies(e -> {
            assertThat(e.metric()).isEqualTo(new Metric.RoundsTo(1e-3));
            assertThat(e.seedsAtLeast()).isEmpty();
        });
        assertThat(experiment.runs()).hasSize(6).first()
                .satisfies(r -> assertThat(r.id()).isEqualTo("contrast/expolu/seed-3"));
    }

    @Test
    void defaultsFollowTheSeed() throws Exception {
        Experiment experiment = ExperimentLoader.load(write("plain.yml", """
                data: {points: [[0, 1], [1, 0]]}
                model: {layers: 2, width: 512, activation: {name: expolu, p: 3}}
                training: {rounds: 1}
                """));
        Variant only = experiment.variants().get(0);
        assertThat(experiment.name()).isEqualTo("plain");
        assertThat(only.name()).isEqualTo(Variant.DEFAULT);
        assertThat(only.seeds()).containsExactly(1L);
        assertThat(only.network().learningRate()).isEqualTo(0.001 / 512);
        assertThat(only.network().activation().parameters()).containsExactly(entry("a", 1.0), entry("b", 1.0),
                entry("p", 3.0));
        assertThat(only.network().engine()).isEqualTo(Engine.FUSED);
    }

    @Test
    void readsDataFromACsvBesideTheFile() throws Exception {
        Files.writeString(dir.resolve("points.csv"), "x,y\n-1,2\n0,0\n1,2\n");
        Experiment experiment = ExperimentLoader.load(write("csv.yaml", """
                data: {csv: points.csv, normalize: true}
                model: {layers: 2, width: 4, activation: relu}
                training: {rounds: 1}
                """));
        assertThat(experiment.variants().get(0).network().points()).hasSize(3);
        assertThat(experiment.variants().get(0).network().normalize()).isTrue();
    }

    @Test
    void refusesAnUnknownKeyWithItsLine() {
        assertProblem(VALID.replace("  width: 16", "  width: 16\n  depth: 3"),
                ":8: model.depth is not a known key; expected one of [activation, init, kind, layers, powers, width]");
    }

    @Test
    void refusesOneLayer() {
        assertProblem(VALID.replace("layers: 4", "layers: 1"), ":6: model.layers is 1, but expected at least 2");
    }

    @Test
    void refusesAnUnknownActivation() {
        assertProblem(VALID.replace("activation: expolu", "activation: gelu"),
                ":8: model.activation is 'gelu', but expected one of [identity, expolu, powerlu, paralu, quartlu,"
                        + " sigmoid, relu]");
    }

    @Test
    void refusesRaggedRows() {
        assertProblem(VALID.replace("[[-1, 2], [0, 0], [1, 2]]", "[[-1, 2], [0, 0, 5], [1, 2]]"),
                ":4: data.points[1] has 3 values, but expected 2 like the first row");
    }

    @Test
    void refusesAYamlSyntaxErrorWithItsLine() {
        assertProblem(VALID.replace("  rounds: 20", "  rounds: [20"), ":11: is not valid YAML: while parsing a flow"
                + " sequence; expected ',' or ']', but got");
    }

    @Test
    void refusesAMissingInitFile() throws IOException {
        Path init = copyInit("identity-l4-w32");
        Files.delete(init.resolve("Bo.npy"));
        assertProblem(goldenLike(), "model.init.from has no Bo.npy in " + init);
    }

    @Test
    void refusesATensorOfTheWrongShape() throws IOException {
        Path init = copyInit("identity-l4-w32");
        Files.copy(Golden.root().resolve("expolu-l6-w64/init/Wh.npy"), init.resolve("Wh.npy"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertProblem(goldenLike(), "model.init.from Wh.npy has shape [1, 5, 64, 64], but expected [1, 3, 32, 32]");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws IOException {
        Path file = write("many.yaml", VALID.replace("layers: 4", "layers: 0").replace("rounds: 20", "rounds: -1")
                .replace("dtype: float64", "dtype: bf16"));
        assertThatThrownBy(() -> ExperimentLoader.load(file))
                .isInstanceOf(ExperimentException.class)
                .extracting(e -> ((ExperimentException) e).problems(), LIST)
                .extracting(Object::toString)
                .anyMatch(p -> p.toString().endsWith(":6: model.layers is 0, but expected at least 2"))
                .anyMatch(p -> p.toString().endsWith(":10: training.rounds is -1, but expected at least 1"))
                .anyMatch(p -> p.toString().contains("training.dtype is 'bf16', but expected one of [float32,"
                        + " float64]"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../x", "a/b", "..", ".", ".hidden", "two words", "a\\b", "''"})
    void refusesAnExperimentNameThatIsNotPlainWithItsLine(String name) {
        assertProblem(VALID.replace("name: contrast", "name: " + name),
                ":1: name is '" + (name.equals("''") ? "" : name) + "', but expected a plain"
                        + " name: letters, digits, '-', '_' and '.', not starting with a dot");
    }

    @Test
    void refusesAVariantNameThatIsNotPlainWithItsLine() {
        assertProblem(VALID.replace("  relu:\n", "  ../relu:\n"),
                ":15: variants has '../relu', but expected a plain name: letters, digits, '-', '_' and '.', not"
                        + " starting with a dot");
    }

    @Test
    void refusesAFileNameThatIsNotPlainWhereItNamesTheExperiment() throws Exception {
        String unnamed = VALID.replace("name: contrast\n", "");
        Path file = write("two words.yaml", unnamed);
        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file + ":1: name is missing, and the file name gives 'two words', but expected a"
                        + " plain name: letters, digits, '-', '_' and '.', not starting with a dot; give the file a"
                        + " plain name or the experiment a name:");
        assertThat(ExperimentLoader.load(write("two words named.yaml", VALID)).name()).isEqualTo("contrast");
    }

    @Test
    void refusesANameLongerThanAFileNameAllows() {
        String name = "x".repeat(129);
        assertProblem(VALID.replace("name: contrast", "name: " + name), ":1: name is '" + name + "', but expected a"
                + " plain name: letters, digits, '-', '_' and '.', not starting with a dot, at most 128 characters");
    }

    @Test
    void acceptsPlainNames() throws Exception {
        Experiment experiment = ExperimentLoader.load(write("seed-claim_v1.2.yaml",
                VALID.replace("name: contrast\n", "").replace("  relu:\n", "  relu-6_b.2:\n")));
        assertThat(experiment.name()).isEqualTo("seed-claim_v1.2");
        assertThat(experiment.variants()).extracting(Variant::name).containsExactly("expolu", "relu-6_b.2");
    }

    @ParameterizedTest(name = "pValue: {0}")
    @ValueSource(strings = {"1", "1.0", "0", "-0.01", "1.5"})
    void refusesAPValueOutsideZeroToOneWithItsLine(String p) {
        assertProblem(VALID + "compare:\n  - {metric: finalLoss, lower: expolu, than: relu, pValue: " + p + "}\n",
                ":25: compare[0].pValue is " + Double.parseDouble(p) + ", but expected more than 0 and less than 1,"
                        + " such as 0.05");
    }

    @Test
    void readsAComparison() throws Exception {
        Experiment experiment = ExperimentLoader.load(write("compared.yaml",
                VALID + "compare:\n  - {metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.1}\n"));
        assertThat(experiment.comparisons()).containsExactly(new Comparison(new Metric.RoundsTo(1e-3), "expolu",
                "relu", 0.1));
    }

    @Test
    void refusesAComparisonItsSeedsCouldNeverShow() {
        // 4 seeds against 2: no split of 6 ranks is rarer than 1 in C(6, 2) = 15
        assertProblem(VALID + "compare:\n  - {metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.01}\n",
                ":25: compare[0] cannot show p <= 0.01: with 4 and 2 seed(s) the least p a one-sided rank test gives"
                        + " is 0.0667, whatever the runs do; expected more seeds");
    }

    @Test
    void refusesTensorsNoJavaArrayCanHoldWithTheLineAndTheSize() {
        assertProblem(VALID.replace("layers: 4", "layers: 30").replace("width: 16", "width: 200000"),
                ":7: model.width is 200000: Wh would hold 1.16e12 values (1 x 29 x 200000 x 200000), but one Java"
                        + " array holds at most 2147483639; expected a width of at most 8605 for 30 layers");
    }

    @Test
    void refusesAWholeNumberBeyondAnInt() {
        assertProblem(VALID.replace("width: 16", "width: 4294967298"),
                ":7: model.width is 4294967298, but expected at most 2147483647");
        assertProblem(VALID.replace("rounds: 20", "rounds: 3000000000"),
                ":10: training.rounds is 3000000000, but expected at most 2147483647");
        assertProblem(VALID.replace("seeds: {from: 3, count: 4}", "seeds: {from: 3, count: 2000000000}"),
                ":12: seeds.count is 2000000000, but expected at most 1000000 seeds a variant");
    }

    @Test
    void refusesALossNoRunCanReachAndNumbersInJavasOwnSyntax() {
        assertProblem(VALID.replace("roundsTo: {loss: 1.0e-3", "roundsTo: {loss: -5"),
                ":20: expect[0].roundsTo.loss is -5.0, but expected a loss more than 0");
        assertProblem(VALID + "compare:\n  - {metric: {roundsTo: 0}, lower: expolu, than: relu}\n",
                ":25: compare[0].metric.roundsTo is 0.0, but expected a loss more than 0");
        assertProblem(VALID.replace("learningRate: 1.0e-4", "learningRate: 1f"),
                ":11: training.learningRate is '1f', but expected a number");
        assertProblem(VALID.replace("rounds: 20", "rounds: 0x14"), ":10: training.rounds is '0x14', but expected a");
        assertProblem(VALID.replace("rounds: 20", "rounds: 1.0e16"),
                ":10: training.rounds is '1.0e16', but expected a whole number of at most 1e15");
    }

    @Test
    void refusesPathsOutOfTheExperimentsFolderWithTheirLine() throws IOException {
        Files.writeString(dir.resolve("points.csv"), "x,y\n-1,2\n0,0\n1,2\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path file = Files.writeString(sub.resolve("e.yaml"), """
                data: {csv: ../points.csv}
                model: {layers: 4, width: 32, activation: identity, init: {from: /tmp}}
                training: {rounds: 1}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file + ":1: data.csv is '../points.csv', but expected a path inside the"
                        + " experiment's folder " + sub + " (relative, no '..' out of it, no link out of it)")
                .hasMessageContaining(file + ":2: model.init.from is '/tmp', but expected a path inside the"
                        + " experiment's folder " + sub);
    }

    @Test
    void refusesSeveralSeedsWhereInitialTensorsComeFromFiles() {
        assertProblem(goldenLike() + "seeds: [1, 2, 3]\n", ":4: seeds has 3 seeds, but model.init.from gives every"
                + " run the same initial tensors, so every seed trains the same run and a test over them would count"
                + " one run as 3; expected one seed");
    }

    @Test
    void refusesBadExpectations() {
        assertProblem(VALID.replace("finalLoss: {atMost: 1.0e-7}", "finalLoss: {below: 1.0e-7}"),
                "expect[0].finalLoss has no bound; expected exactly one of atMost, atLeast");
        assertProblem(VALID.replace("seeds: {atLeast: 3}", "seeds: {atLeast: 30}"),
                "expect[0].seeds.atLeast is 30, but the variant has only 4 seed(s)");
    }

    private String goldenLike() {
        return """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: 32, activation: identity, init: {from: init}}
                training: {rounds: 1, dtype: float64}
                """;
    }

    private Path copyInit(String goldenCase) throws IOException {
        Path init = dir.resolve("init");
        Files.createDirectories(init);
        try (var files = Files.list(Golden.root().resolve(goldenCase).resolve("init"))) {
            for (Path f : files.toList()) {
                Files.copy(f, init.resolve(f.getFileName()));
            }
        }
        return init;
    }

    private void assertProblem(String yaml, String expected) {
        Path file;
        try {
            file = write("broken.yaml", yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> ExperimentLoader.load(file))
                .isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(expected);
    }

    @Test
    void textWrittenByAProgramIsCheckedAsAFileIsAndNamedAsGiven() throws Exception {
        Path file = write("contrast.yaml", VALID);
        Path virtual = Path.of("Expolu.experiment(contrast)");

        Experiment fromText = ExperimentLoader.load(virtual, VALID);
        Experiment fromFile = ExperimentLoader.load(file);

        assertThat(fromText.file()).isEqualTo(virtual);
        assertThat(fromText.sha256()).isEqualTo(fromFile.sha256());
        assertThat(fromText.variants()).isEqualTo(fromFile.variants());
        assertThatThrownBy(() -> ExperimentLoader.load(virtual, VALID.replace("layers: 4", "layers: 1")))
                .isInstanceOf(ExperimentException.class)
                .hasMessage("Expolu.experiment(contrast):6: model.layers is 1, but expected at least 2");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
