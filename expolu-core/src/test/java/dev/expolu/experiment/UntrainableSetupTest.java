package dev.expolu.experiment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setup no engine could train is refused at load, with its line, not on a worker thread mid-build. */
class UntrainableSetupTest {

    @TempDir
    Path dir;

    @Test
    void theDl4jDefinitionWithSeveralPowersIsRefusedWithTheEnginesLine() throws Exception {
        Path file = Files.writeString(dir.resolve("quirks.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 3, width: 8, activation: expolu, powers: [1, 2]}
                training:
                  rounds: 2
                  engine: dl4j
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(file))
                .isInstanceOf(ExperimentException.class)
                .hasMessage(file + ":5: training.engine is dl4j, but the DL4J definition covers powers [1] only and"
                        + " model.powers is [1, 2]; expected engine fused, cuda or auto for the seed's quirks of"
                        + " several powers");
    }

    @Test
    void anUnknownEngineIsRefusedWithTheChoices() throws Exception {
        Path file = Files.writeString(dir.resolve("engine.yaml"), """
                data: {points: [[-1, 2], [0, 0], [1, 2]]}
                model: {layers: 3, width: 8, activation: expolu}
                training: {rounds: 2, engine: tpu}
                """);
        assertThatThrownBy(() -> ExperimentLoader.load(file))
                .hasMessage(file + ":3: training.engine is 'tpu', but expected one of [fused, dl4j, cuda, auto]");
    }
}
