package dev.expolu.experiment;

import static dev.expolu.experiment.AliasLoaderTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A misspelt key is answered with the key it is near; one mistake gives one problem, not a cascade. */
class KeyAndCascadeLoaderTest {

    private static final String TOP = "[across, agree, compare, data, description, expect, model, name, reference,"
            + " seeds, sweep, training, variants]";

    private static final String BASE = """
            data: {points: [[-1, 2], [0, 0], [1, 2]]}
            model: {layers: 4, width: 16, activation: expolu}
            training: {rounds: 20, learningRate: 1.0e-4}
            expect:
              - finalLoss: {atMost: 1.0e-7}
            """;

    @Test
    void aMisspeltSectionIsAnsweredWithTheKeyItIsNearAndNotAlsoMissing() {
        assertThat(problems(BASE.replace("training:", "traning:")))
                .containsExactly("3: traning is not a known key; did you mean `training`? expected one of " + TOP);
    }

    @Test
    void aMisspeltSettingIsAnsweredWithTheKeyItIsNear() {
        assertThat(problems(BASE.replace("learningRate:", "learningrate:")))
                .containsExactly("3: training.learningrate is not a known key; did you mean `learningRate`? expected"
                        + " one of [dtype, engine, learningRate, rounds]");
        assertThat(problems(BASE.replace("rounds:", "rouns:")))
                .containsExactly("3: training.rouns is not a known key; did you mean `rounds`? expected one of [dtype,"
                        + " engine, learningRate, rounds]");
        assertThat(problems(BASE.replace("model:", "modle:"))).containsExactly("2: modle is not a known key; did you"
                + " mean `model`? expected one of " + TOP);
    }

    @Test
    void aKeyNearNoneIsAnsweredWithTheKeysAllowed() {
        assertThat(problems(BASE.replace("width: 16,", "width: 16, colour: red,"))).containsExactly(
                "2: model.colour is not a known key; expected one of [activation, init, kind, layers, powers, width]");
    }

    @Test
    void aMisspeltMetricOrBoundIsOneProblem() {
        assertThat(problems(BASE.replace("finalLoss:", "finalLos:"))).containsExactly("5: expect[0].finalLos is not"
                + " a known key; did you mean `finalLoss`? expected one of [best, final, finalLoss, minLoss, roundsTo, seeds]");
        assertThat(problems(BASE.replace("atMost:", "atMots:"))).containsExactly("5: expect[0].finalLoss.atMots is"
                + " not a known key; did you mean `atMost`? expected one of [atLeast, atMost]");
        assertThat(problems(BASE.replace("points:", "point:"))).containsExactly("1: data.point is not a known key;"
                + " did you mean `points`? expected one of [csv, normalize, points]");
    }

    @Test
    void aSectionThatIsNotAMappingIsOneProblem() {
        assertThat(problems(BASE.replace("model: {layers: 4, width: 16, activation: expolu}", "model: 5")))
                .containsExactly("2: model is '5', but expected a mapping");
        assertThat(problems(BASE.replace("training: {rounds: 20, learningRate: 1.0e-4}", "training: [20]")))
                .containsExactly("3: training is a list, but expected a mapping");
    }

    @Test
    void aMissingSectionIsOneProblem() {
        assertThat(problems(BASE.replace("model: {layers: 4, width: 16, activation: expolu}\n", "")))
                .containsExactly("1: model is missing; expected a mapping");
    }
}
