package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML anchors and aliases: an alias stands for the value its anchor names, with that value's lines,
 * and what aliases would expand to is bounded.
 */
class AliasLoaderTest {

    private static final Path FILE = Path.of("aliases.yaml");

    private static final String BASE = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 4, width: 16, activation: expolu}
            training: {rounds: 20, learningRate: &lr 1.0e-4}
            """;

    @Test
    void aScalarAliasIsTheValueOfItsAnchor() throws Exception {
        Experiment e = ExperimentLoader.load(FILE, BASE + """
                variants:
                  a: {}
                  b: {training: {learningRate: *lr, rounds: 30}}
                """);
        assertThat(e.variants().get(1).network().learningRate()).isEqualTo(1.0e-4);
        assertThat(e.variants().get(1).setup().rounds()).isEqualTo(30);
    }

    @Test
    void aMappingAliasIsTheMappingOfItsAnchor() throws Exception {
        Experiment e = ExperimentLoader.load(FILE, BASE + """
                variants:
                  small: {model: &m {width: 8, activation: relu}}
                  again: {model: *m, seeds: [5]}
                """);
        Variant again = e.variants().get(1);
        assertThat(again.network().width()).isEqualTo(8);
        assertThat(again.network().activation().name()).isEqualTo("relu");
        assertThat(again.network().layers()).isEqualTo(4);
        assertThat(again.seeds()).containsExactly(5L);
    }

    @Test
    void anAliasIsWhatItsAnchorHoldsNotItsName() throws Exception {
        // read as its name, *relu would pass as the activation relu
        Experiment e = ExperimentLoader.load(FILE, """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: 16, activation: &relu expolu}
                training: {rounds: 20}
                variants:
                  relu: {model: {activation: *relu}}
                """);
        assertThat(e.variants().get(0).network().activation().name()).isEqualTo("expolu");
    }

    @Test
    void aMergeKeyLaysTheAnchoredMappingUnderTheKeysBesideIt() throws Exception {
        Experiment e = ExperimentLoader.load(FILE, """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: &model {layers: 4, width: 16, activation: expolu}
                training: {rounds: 20}
                variants:
                  a: {}
                  b: {model: {<<: *model, width: 32}}
                """);
        assertThat(e.variants().get(1).network().width()).isEqualTo(32);
        assertThat(e.variants().get(1).network().layers()).isEqualTo(4);
    }

    @Test
    void aProblemInAnAliasedValueNamesTheLineOfTheValue() {
        assertThat(problems(BASE + """
                seeds: &bad [1, 1]
                variants:
                  a: {seeds: *bad}
                """)).containsExactly("4: seeds has 1 twice; expected each seed once");
    }

    @Test
    void refusesAnAliasWithoutAnAnchorWithItsLine() {
        assertThat(problems(BASE + """
                variants:
                  a: {training: {learningRate: *rate}}
                """)).containsExactly("5: *rate names no anchor; expected &rate on a value before it");
    }

    @Test
    void refusesAValueThatHoldsItselfWithItsLine() {
        assertThat(problems(BASE + "seeds: &s [1, *s]\n"))
                .containsExactly("4: *s stands inside the value &s names; expected a value that does not hold itself");
    }

    @Test
    void refusesNestedAliasesThatWouldExpandBeyondTheBoundWithTheirLine() {
        String bomb = BASE + """
                description: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
                x1: &l1 [*l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0, *l0]
                x2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]
                x3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]
                x4: &l4 [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]
                x5: &l5 [*l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4, *l4]
                x6: &l6 [*l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5, *l5]
                x7: &l7 [*l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6, *l6]
                x8: &l8 [*l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7]
                x9: &l9 [*l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8, *l8]
                """;
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(bomb));
        assertThat(problems).containsExactly("9: *l4 makes the file's aliases stand for more than 1000000 values;"
                + " expected aliases that repeat less (each level of aliases to aliases multiplies them)");
    }

    @Test
    void refusesValuesNestedDeeperThanAnExperimentsWithTheirLine() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(problems(BASE + "description: " + deep + "\n"))
                .containsExactly("4: nests values deeper than 100 levels; expected an experiment's few");
    }

    @Test
    void refusesAKeyTwiceInOneMappingWithTheLineOfTheSecond() {
        assertThat(problems(BASE.replace("layers: 4,", "layers: 4, layers: 5,")))
                .containsExactly("2: layers appears twice in the same mapping");
    }

    @Test
    void refusesASecondDocumentWithItsLine() {
        assertThat(problems(BASE + "---\nmodel: {layers: 1}\n"))
                .containsExactly("4: holds a second YAML document; expected one document, whose values are read");
    }

    /** The problems of {@code yaml}, each as its line and message, without the file. */
    static List<String> problems(String yaml) {
        Path file = Path.of("broken.yaml");
        try {
            ExperimentLoader.load(file, yaml);
        } catch (ExperimentException e) {
            return e.problems().stream().map(p -> p.toString().substring((file + ":").length())).toList();
        }
        return List.of();
    }

    @Test
    void problemsOfAFileThatLoadsAreNone() {
        assertThat(problems(BASE)).isEmpty();
        assertThatThrownBy(() -> ExperimentLoader.load(FILE, "model: [")).isInstanceOf(ExperimentException.class);
    }
}
