package dev.expolu.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import dev.expolu.experiment.Problem;
import dev.expolu.experiment.Run;
import dev.expolu.experiment.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder writes an experiment file and the loader reads it: no second model, no second check. */
class ExperimentBuilderTest {

    /** The shape of experiments/src/experiments/seed-claim-ci.yaml, smaller. */
    static final String FILE = """
            name: claim
            description: ExpoLU against ReLU
            data:
              points: [[-10, 6], [-9, 3], [0, 0], [9, 3], [10, 6]]
              normalize: false
            model:
              layers: 30
              width: 256
              powers: [1]
              init: normal
            training:
              rounds: 400
              learningRate: 3.90625e-6
              dtype: float32
            seeds: {from: 1, count: 8}
            variants:
              expolu:
                model: {activation: expolu}
                expect:
                  - roundsTo: {loss: 1.0e-3, atMost: 150}
                  - finalLoss: {atMost: 1.0e-7}
                    seeds: {atLeast: 7}
              relu:
                model: {activation: {name: relu}}
                expect:
                  - roundsTo: {loss: 1.0e-3, atLeast: 150}
            compare:
              - {metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.01}
            """;

    static ExperimentBuilder claim() {
        return Expolu.experiment("claim")
                .description("ExpoLU against ReLU")
                .data(d -> d.points(new double[][] {{-10, 6}, {-9, 3}, {0, 0}, {9, 3}, {10, 6}}).normalize(false))
                .model(m -> m.layers(30).width(256).powers(1).init("normal"))
                .training(t -> t.rounds(400).learningRate(3.90625e-6).dtype("float32"))
                .seedsFrom(1, 8)
                .variant("expolu", v -> v.model(m -> m.activation("expolu"))
                        .expect(e -> e.roundsTo(1.0e-3).atMost(150))
                        .expect(e -> e.finalLoss().atMost(1.0e-7).seedsAtLeast(7)))
                .variant("relu", v -> v.model(m -> m.activation("relu", Map.of()))
                        .expect(e -> e.roundsTo(1.0e-3).atLeast(150)))
                .compare(c -> c.roundsTo(1.0e-3).lower("expolu").than("relu").pValue(0.01));
    }

    @TempDir
    Path dir;

    @Test
    void writesTheFileItStandsForOneKeyALine() {
        assertThat(claim().toYaml()).isEqualTo("""
                name: claim
                description: "ExpoLU against ReLU"
                data:
                  points: [[-10.0, 6.0], [-9.0, 3.0], [0.0, 0.0], [9.0, 3.0], [10.0, 6.0]]
                  normalize: false
                model:
                  layers: 30
                  width: 256
                  powers: [1]
                  init: normal
                training:
                  rounds: 400
                  learningRate: 3.90625E-6
                  dtype: float32
                seeds:
                  from: 1
                  count: 8
                variants:
                  expolu:
                    model:
                      activation: expolu
                    expect: [{roundsTo: {loss: 0.001, atMost: 150.0}}, {finalLoss: {atMost: 1.0E-7}, seeds: {atLeast: 7}}]
                  relu:
                    model:
                      activation:
                        name: relu
                    expect: [{roundsTo: {loss: 0.001, atLeast: 150.0}}]
                compare: [{metric: {roundsTo: 0.001}, lower: expolu, than: relu, pValue: 0.01}]
                """);
    }

    @Test
    void buildsTheExperimentTheLoaderReadsFromTheFile() throws Exception {
        Experiment fromFile = ExperimentLoader.load(Files.writeString(dir.resolve("claim.yaml"), FILE));
        Experiment built = claim().build();

        assertThat(built.name()).isEqualTo(fromFile.name());
        assertThat(built.description()).isEqualTo(fromFile.description());
        assertThat(built.file()).hasToString("Expolu.experiment(claim)");
        assertThat(built.variants()).extracting(Variant::name, Variant::seeds, Variant::setup, Variant::expectations)
                .isEqualTo(fromFile.variants().stream().map(v -> org.assertj.core.groups.Tuple.tuple(v.name(),
                        v.seeds(), v.setup(), v.expectations())).toList());
        assertThat(built.comparisons()).isEqualTo(fromFile.comparisons());
        // the canonical run description, which with the arithmetic is the run cache's key
        assertThat(built.runs()).extracting(r -> r.spec().canonical())
                .isEqualTo(fromFile.runs().stream().map(Run::spec).map(s -> s.canonical()).toList())
                .hasSize(16);
    }

    @Test
    void refusesWhatTheLoaderRefusesAFileForWithTheSameProblems() throws Exception {
        ExperimentBuilder broken = claim().model(m -> m.layers(1)).training(t -> t.dtype("float16"))
                .variant("relu", v -> v.model(m -> m.activation("swish")))
                .compare(c -> c.finalLoss().lower("expolu").than("gelu"));
        String file = FILE.replace("layers: 30", "layers: 1").replace("dtype: float32", "dtype: float16")
                .replace("activation: {name: relu}}\n    expect:\n      - roundsTo: {loss: 1.0e-3, atLeast: 150}",
                        "activation: swish}")
                + "  - {metric: finalLoss, lower: expolu, than: gelu}\n";
        List<Problem> fromFile = problems(Files.writeString(dir.resolve("claim.yaml"), file));

        assertThatThrownBy(broken::build).isInstanceOfSatisfying(InvalidExperimentException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.key() + " " + p.message())
                    .isEqualTo(fromFile.stream().map(p -> p.key() + " " + p.message()).toList())
                    .contains("model.layers is 1, but expected at least 2",
                            "training.dtype is 'float16', but expected one of [float32, float64]",
                            "compare[1].than is 'gelu', but expected one of the variants [expolu, relu]");
            assertThat(e.problems()).extracting(Problem::file).containsOnly(Path.of("Expolu.experiment(claim)"));
            assertThat(e).hasMessageStartingWith("Invalid experiment, nothing trained:" + System.lineSeparator()
                    + "  Expolu.experiment(claim):7: model.layers is 1, but expected at least 2")
                    .hasMessageContaining("The experiment as the builder wrote it:")
                    .hasMessageContaining("   7    layers: 1");
        });
    }

    @Test
    void quotesWhatYamlWouldReadAsSomethingElse() {
        // plain names (experiments and variants become folders), which YAML would read as null, true, 1e5
        Experiment built = Expolu.experiment("null")
                .data(d -> d.points(new double[][] {{-1, 2}, {0, 0}, {1, 2}}))
                .model(m -> m.layers(2).width(4).activation("expolu"))
                .training(t -> t.rounds(3)).seeds(1, 2, 3)
                .variant("null", v -> { })
                .variant("yes", v -> { })
                .variant("1e5", v -> { })
                .variant("0x10", v -> { })
                .compare(c -> c.finalLoss().lower("null").than("yes"))
                .build();

        assertThat(built.name()).isEqualTo("null");
        assertThat(built.file()).hasToString("Expolu.experiment(null)");
        assertThat(built.variants()).extracting(Variant::name).containsExactly("null", "yes", "1e5", "0x10");
        assertThat(built.comparisons().get(0).better()).isEqualTo("null");
    }

    @Test
    void aNameThatIsNotPlainIsRefusedAsAFileWouldBe() {
        assertThatThrownBy(() -> Expolu.experiment("../x")
                .data(d -> d.points(new double[][] {{-1, 2}, {0, 0}, {1, 2}}))
                .model(m -> m.layers(2).width(4).activation("expolu"))
                .training(t -> t.rounds(3))
                .build())
                .hasMessageContaining(":1: name is '../x', but expected a plain name");
    }

    private static List<Problem> problems(Path file) {
        try {
            ExperimentLoader.load(file);
        } catch (ExperimentException e) {
            return e.problems();
        }
        throw new AssertionError(file + " loaded, but expected problems");
    }
}
