package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.expolu.judge.CellClaim;
import dev.expolu.judge.CellCondition;
import dev.expolu.judge.Comparison;
import dev.expolu.judge.Metric;
import dev.expolu.judge.SweepClaim;
import dev.expolu.run.Cell;
import dev.expolu.run.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep:} and {@code across:}: cells laid over the variants as a hand-written file, refusals with their lines. */
class SweepLoaderTest {

    /** Line 7 is model.layers's axis, its values on the same line. */
    private static final String HEAD = """
            name: grid
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {activation: expolu}
            training: {rounds: 20}
            seeds: [1, 2, 3]
            sweep:
              model.layers: [4, 6]
              model.width: [8, 16]
            """;

    private static final String VARIANTS = """
            variants:
              expolu: {}
              relu: {model: {activation: relu}}
            """;

    @TempDir
    Path dir;

    @Test
    void laysEachCellOverEveryVariantCellByCell() throws Exception {
        Experiment experiment = ExperimentLoader.load(write(HEAD + VARIANTS));

        assertThat(experiment.variants()).extracting(Variant::id).containsExactly(
                "layers-4_width-8/expolu", "layers-4_width-8/relu", "layers-4_width-16/expolu", "layers-4_width-16/relu",
                "layers-6_width-8/expolu", "layers-6_width-8/relu", "layers-6_width-16/expolu", "layers-6_width-16/relu");
        Variant last = experiment.variants().get(7);
        assertThat(last.name()).isEqualTo("relu");
        assertThat(last.network().layers()).isEqualTo(6);
        assertThat(last.network().width()).isEqualTo(16);
        assertThat(last.network().activation().name()).isEqualTo("relu");
        assertThat(last.network().learningRate()).as("the seed's default follows the cell's width").isEqualTo(0.001 / 16);
        assertThat(last.lineOf("model.width")).as("where the value stands").isEqualTo(8);
        assertThat(last.cell()).contains(new Cell("layers-6_width-16", java.util.Map.of("model.layers", 6L,
                "model.width", 16L)));
        Sweep sweep = experiment.sweep().orElseThrow();
        assertThat(sweep.variants()).containsExactly("expolu", "relu");
        assertThat(sweep.axes()).extracting(Axis::key, Axis::label, Axis::labels, Axis::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("model.layers", "layers", List.of("4", "6"), 7),
                org.assertj.core.groups.Tuple.tuple("model.width", "width", List.of("8", "16"), 8));
        assertThat(sweep.cells().get(0).values()).containsExactly(entry("model.layers", 4L), entry("model.width", 8L));
        List<Run> runs = experiment.runs();
        assertThat(runs).hasSize(24);
        assertThat(runs.subList(0, 6)).as("a cell's runs stand together").allMatch(r -> r.cell().orElseThrow().name()
                .equals("layers-4_width-8"));
        assertThat(runs.get(0).id()).isEqualTo("grid/layers-4_width-8/expolu/seed-1");
    }

    @Test
    void aCellOfTheSameSettingsIsTheSameRunAsAHandWrittenFile() throws Exception {
        Variant swept = ExperimentLoader.load(write(HEAD + VARIANTS)).variants().get(7);
        Path plain = Files.writeString(dir.resolve("plain.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {activation: relu, layers: 6, width: 16}
                training: {rounds: 20}
                seeds: [1, 2, 3]
                """);

        assertThat(swept.setup().spec(2)).isEqualTo(ExperimentLoader.load(plain).variants().get(0).setup().spec(2));
    }

    @Test
    void makesEachComparisonInEveryCell() throws Exception {
        Experiment experiment = ExperimentLoader.load(write(HEAD + VARIANTS + """
                compare:
                  - {metric: finalLoss, lower: expolu, than: relu}
                """));

        assertThat(experiment.comparisons()).hasSize(4).first().isEqualTo(new Comparison(new Metric.FinalLoss(),
                "layers-4_width-8/expolu", "layers-4_width-8/relu", 0.05));
    }

    @Test
    void sweepsAnyScalarSettingAndLabelledValues() throws Exception {
        Experiment experiment = ExperimentLoader.load(write("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 3, width: 8}
                training: {rounds: 5}
                sweep:
                  training.dtype: [float32, float64]
                  training.learningRate: [1.0e-3, 2.0e-3]
                  model.activation: {relu: relu, expolu-p3: {name: expolu, p: 3}}
                """));

        assertThat(experiment.sweep().orElseThrow().cells()).extracting(Cell::name).startsWith(
                "dtype-float32_learningRate-1.0e-3_activation-relu",
                "dtype-float32_learningRate-1.0e-3_activation-expolu-p3");
        Variant last = experiment.variants().get(experiment.variants().size() - 1);
        assertThat(last.id()).isEqualTo("dtype-float64_learningRate-2.0e-3_activation-expolu-p3/default");
        assertThat(last.network().precision()).isEqualTo(Precision.FLOAT64);
        assertThat(last.network().learningRate()).isEqualTo(2.0e-3);
        assertThat(last.network().activation().toString()).isEqualTo("expolu(a=1.0, b=1.0, p=3.0)");
        assertThat(last.cell().orElseThrow().values()).containsExactly(entry("training.dtype", "float64"),
                entry("training.learningRate", 2.0e-3), entry("model.activation", "expolu-p3"));
    }

    @Test
    void readsClaimsAcrossTheCells() throws Exception {
        Experiment experiment = ExperimentLoader.load(write(HEAD + VARIANTS + """
                across:
                  - where: {model.layers: {atLeast: 6}}
                    compare: {metric: {roundsTo: 1.0e-3}, lower: expolu, than: relu, pValue: 0.1}
                  - cells: {atLeast: 3}
                    rate: {reached: 1.0e-3, of: expolu, atLeast: relu}
                  - where: {model.width: 16, model.layers: 4}
                    expect: {variant: relu, finalLoss: {atMost: 1.0}, seeds: {atLeast: 2}}
                """));

        List<SweepClaim> claims = experiment.sweep().orElseThrow().claims();
        assertThat(claims).hasSize(3);
        assertThat(claims.get(0).where()).containsExactly(new CellCondition("model.layers", CellCondition.Kind.AT_LEAST,
                6.0));
        assertThat(claims.get(0).claim()).isEqualTo(new CellClaim.Compare(new Comparison(new Metric.RoundsTo(1e-3),
                "expolu", "relu", 0.1)));
        assertThat(claims.get(0).cells(experiment.sweep().get().cells())).extracting(Cell::name)
                .containsExactly("layers-6_width-8", "layers-6_width-16");
        assertThat(claims.get(1).cellsAtLeast()).isEqualTo(OptionalInt.of(3));
        assertThat(claims.get(1).claim()).isEqualTo(new CellClaim.Rate(1e-3, "expolu", "relu"));
        assertThat(claims.get(2).cells(experiment.sweep().get().cells())).extracting(Cell::name)
                .containsExactly("layers-4_width-16");
        assertThat(claims.get(2).toString()).isEqualTo("relu: finalLoss <= 1, in every cell where model.width = 16 and"
                + " model.layers = 4");
    }

    @Test
    void refusesAnUnknownSettingWithItsLine() {
        assertProblem(HEAD.replace("model.width", "model.depth"), ":8: sweep.model.depth is not a setting a sweep can"
                + " vary; expected one of [data.normalize, model.activation, model.init, model.layers, model.powers,"
                + " model.width, training.dtype, training.engine, training.learningRate, training.rounds]");
    }

    @Test
    void refusesAnEmptyAxisWithItsLine() {
        assertProblem(HEAD.replace("[8, 16]", "[]"), ":8: sweep.model.width is empty; expected at least one value");
        assertProblem(HEAD.replace("model.width: [8, 16]", "model.width: 8"), ":8: sweep.model.width is '8', but"
                + " expected a list of values, such as [64, 128], or a mapping of labels to values");
        assertProblem(HEAD.replace("sweep:\n  model.layers: [4, 6]\n  model.width: [8, 16]", "sweep: {}"),
                ":6: sweep is empty; expected at least one axis");
    }

    @Test
    void refusesAValueOfTheWrongTypeWithItsLine() {
        assertProblem(HEAD.replace("[4, 6]", "[4, deep]"), ":7: model.layers is 'deep', but expected a number");
        assertProblem(HEAD.replace("[4, 6]", "[4, 1]"), ":7: model.layers is 1, but expected at least 2");
        assertProblem(HEAD.replace("[8, 16]", "[8, [16]]"), ":8: sweep.model.width has a list, but expected a value");
        assertProblem(HEAD.replace("[8, 16]", "[8, 8]"), ":8: sweep.model.width has 8 twice; expected each value once");
        assertProblem(HEAD.replace("[8, 16]", "[8, 'a_b']"), ":8: sweep.model.width has 'a_b', which cannot stand in a"
                + " cell's name");
    }

    @Test
    void reportsEveryProblemOfASweepAtOnceAndNoSettingMissingForWantOfARefusedAxis() throws IOException {
        Path file = write(HEAD.replace("[4, 6]", "[4, deep]").replace("[8, 16]", "[]") + "  model.depth: [2]\n");

        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOf(ExperimentException.class)
                .extracting(e -> ((ExperimentException) e).problems().stream().map(Problem::toString).toList())
                .isEqualTo(List.of(file + ":8: sweep.model.width is empty; expected at least one value",
                        file + ":9: sweep.model.depth is not a setting a sweep can vary; expected one of "
                                + SweepReader.KEYS,
                        file + ":7: model.layers is 'deep', but expected a number"));
    }

    @Test
    void refusesASweepOfTooManyCellsSayingHowMany() {
        String values = java.util.stream.IntStream.rangeClosed(2, 41).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        assertProblem("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {activation: expolu}
                training: {rounds: 20}
                sweep:
                  model.layers: %s
                  model.width: %s
                  training.rounds: %s
                """.formatted(values, values, values), ":5: sweep spans 40 x 40 x 40 cells, but expected at most ");
    }

    @Test
    void refusesAVariantThatSetsASweptSetting() {
        assertProblem(HEAD + """
                variants:
                  wide: {model: {width: 32}}
                """, ":10: variants.wide.model.width is set, but the sweep's axis model.width (line 8) sets it in every"
                + " cell; expected one of them to set it");
    }

    @Test
    void refusesReferenceRunsAndAgreeClaimsInASweep() {
        String why = " is not supported in a sweep: reference runs hold the curves of one setup, and each cell of a"
                + " sweep has its own; expected an experiment without sweep for it";
        assertProblem(HEAD + "reference: {json: 'runs/*.json'}\n", ":9: reference" + why);
        assertProblem(HEAD + """
                variants:
                  expolu: {reference: {json: 'runs/*.json'}}
                """, ":10: variants.expolu.reference" + why);
        assertProblem(HEAD + VARIANTS + "agree: [{metric: finalLoss, variant: expolu, test: mannWhitney}]\n",
                ":12: agree" + why);
    }

    @Test
    void refusesClaimsAcrossCellsThatCannotBeJudged() {
        assertProblem(HEAD.replace("sweep:\n  model.layers: [4, 6]\n  model.width: [8, 16]\n", "")
                .replace("{activation: expolu}", "{activation: expolu, layers: 3, width: 8}") + "across: []\n",
                ":6: across is set, but the file has no sweep");
        String variants = HEAD + VARIANTS + "across:\n";
        assertProblem(variants + "  - {where: {model.depth: 3}, rate: {reached: 1.0e-3, of: expolu, atLeast: relu}}\n",
                ":13: across[0].where.model.depth is not an axis of the sweep; expected one of [model.layers, model.width]");
        assertProblem(variants + "  - {where: {model.layers: 5}, rate: {reached: 1.0e-3, of: expolu, atLeast: relu}}\n",
                ":13: across[0].where.model.layers is 5, but expected one of the axis's values [4, 6]");
        assertProblem(variants + "  - {where: {model.layers: {atLeast: 7}}, rate: {reached: 1.0e-3, of: expolu,"
                + " atLeast: relu}}\n", ":13: across[0].where selects no cell of the sweep");
        assertProblem(variants + "  - {cells: {atLeast: 5}, rate: {reached: 1.0e-3, of: expolu, atLeast: relu}}\n",
                ":13: across[0].cells.atLeast is 5, but the claim covers only 4 cell(s)");
        assertProblem(variants + "  - {rate: {reached: 1.0e-3, of: expolu, atLeast: tanh}}\n",
                ":13: across[0].rate.atLeast is 'tanh', but expected one of the variants [expolu, relu]");
        assertProblem(variants + "  - {rate: {reached: -1, of: expolu, atLeast: relu}}\n",
                ":13: across[0].rate.reached is -1.0, but expected a loss more than 0");
        assertProblem(variants + "  - {where: {model.layers: 4}}\n",
                ":13: across[0] names no claim; expected exactly one of [compare, expect, rate]");
        assertProblem(variants + "  - {expect: {variant: relu, finalLoss: {atMost: 1}, seeds: {atLeast: 4}}}\n",
                ":13: across[0].expect.seeds.atLeast is 4, but the variant has only 3 seed(s)");
    }

    private void assertProblem(String yaml, String expected) {
        Path file;
        try {
            file = write(yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> ExperimentLoader.load(file)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(file + expected);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("grid.yaml"), text);
    }
}
