package dev.expolu.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.activation.ExpoLU;
import dev.expolu.network.Architecture;
import dev.expolu.network.Parameters;
import dev.expolu.run.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The post's own configuration: 30 layers of 512, float32, N(0,1), lr 0.001/512. */
class SeedConfigurationTest {

    @Test
    void trainsFiveRoundsWithoutNanFromLossesOfTheOrderOfHundreds() {
        Architecture net = new Architecture(1, 30, 512, new ExpoLU(), List.of(1));
        Parameters parameters = Parameters.normal(net, Precision.FLOAT32, 1);
        assertThat(net.parameterCount()).isEqualTo(512 + 512 + 29L * 512 * 512 + 29 * 512 + 512 + 1);

        LossCurve curve = new FusedTrainer().train(net, parameters, SeedData.POINTS, 0.001 / 512, 5,
                TrainingListener.NONE);

        assertThat(curve.losses()).hasSize(5);
        for (double loss : curve.losses()) {
            assertThat(loss).isFinite().isPositive();
        }
        // The seed script prints first-round losses of a few hundred for this net (the data's y
        // are single digits, the untrained output is a sum of 512 N(0,1)-weighted unit features).
        assertThat(curve.losses()[0]).isBetween(30.0, 3000.0);
    }
}
