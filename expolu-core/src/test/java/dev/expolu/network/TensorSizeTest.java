package dev.expolu.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.run.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sizes in long: a tensor no Java array can hold is refused with its size, never wrapped around an int. */
class TensorSizeTest {

    @Test
    void sizesAreCountedInLong() {
        Shape huge = new Shape(1, 30, 200_000, List.of(1));
        assertThat(Parameters.sizes(huge)).containsExactly(200_000L, 200_000L, 29L * 200_000 * 200_000, 29L * 200_000,
                200_000L, 1L);
        assertThat(huge.parameterCount()).isEqualTo(200_000L + 200_000 + 29L * 200_000 * 200_000 + 29L * 200_000
                + 200_000 + 1);
        assertThat(Tensor.elements(new int[] {16, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}))
                .as("beyond a long: saturated, not wrapped").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aTensorOfMoreValuesThanAJavaArrayHoldsIsRefused() {
        // 65536 x 65536 = 2^32 values: as an int product, 0
        assertThatThrownBy(() -> Tensor.zeros(Precision.FLOAT32, 65_536, 65_536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a tensor of shape [65536, 65536] would hold 4.29e9 values, but one Java array holds at"
                        + " most 2147483639");
        assertThatThrownBy(() -> Tensor.zeros(Precision.FLOAT64, 1, 29, 200_000, 200_000))
                .hasMessageContaining("would hold 1.16e12 values");
    }

    @Test
    void theLargestTensorAJavaArrayHoldsIsAllowedItsSize() {
        assertThat(Tensor.MAX_ELEMENTS).isEqualTo(Integer.MAX_VALUE - 8);
        assertThat(Tensor.zeros(Precision.FLOAT32, 3, 5).size()).isEqualTo(15L);
    }
}
