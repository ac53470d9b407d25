package dev.expolu.experiment;

import static dev.expolu.experiment.AliasLoaderTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every value a file states is checked, also one that every variant, or a sweep, sets over. */
class OverriddenValueLoaderTest {

    private static final String ACTIVATIONS = "[identity, expolu, powerlu, paralu, quartlu, sigmoid, relu]";

    @Test
    void refusesABadValueThatEveryVariantOverrides() {
        assertThat(problems("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: 16, activation: gelu}
                training: {rounds: -1}
                seeds: {count: 3}
                variants:
                  expolu: {model: {activation: expolu}, training: {rounds: 20}, seeds: [1]}
                  relu: {model: {activation: relu}, training: {rounds: 30}, seeds: [2]}
                """)).containsExactly("2: model.activation is 'gelu', but expected one of " + ACTIVATIONS,
                "3: training.rounds is -1, but expected at least 1", "4: seeds.from is missing; expected the first"
                        + " seed");
    }

    @Test
    void refusesABadValueThatEveryCellOfASweepSetsOver() {
        assertThat(problems("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: wide, activation: relu}
                training: {rounds: 20}
                sweep:
                  model.width: [8, 16]
                """)).containsExactly("2: model.width is 'wide', but expected a number");
    }

    @Test
    void reportsABadValueSomeVariantsReadOnce() {
        assertThat(problems("""
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: 16, activation: gelu}
                training: {rounds: 20}
                variants:
                  a: {}
                  b: {}
                  c: {model: {activation: relu}}
                """)).containsExactly("2: model.activation is 'gelu', but expected one of " + ACTIVATIONS);
    }

    @Test
    void acceptsGoodValuesEveryVariantOverridesAndLeavesWhatTheVariantsAddToThem() throws Exception {
        Experiment e = ExperimentLoader.load(Path.of("overridden.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 4, width: 16}
                training: {rounds: 20}
                seeds: [1, 2, 3]
                expect:
                  - finalLoss: {atMost: 1.0}
                    seeds: {atLeast: 3}
                variants:
                  expolu: {model: {activation: expolu}, seeds: [1], expect: [{minLoss: {atMost: 1.0}}]}
                  relu: {model: {activation: relu}, seeds: [2], expect: []}
                """);
        assertThat(e.variants()).extracting(Variant::name).containsExactly("expolu", "relu");
    }
}
