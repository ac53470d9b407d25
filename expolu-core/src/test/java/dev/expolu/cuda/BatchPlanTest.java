package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.run.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs split by the GPU's memory, and blocks per run chosen by how many runs share the GPU. */
class BatchPlanTest {

    static final DeviceLimits H200 = new DeviceLimits(132, true, 227 * 1024, 140L << 30);

    static BatchPlan seed(int runs, DeviceLimits device) {
        return BatchPlan.of(Precision.FLOAT32, 512, 30, 1, 21, List.of(1), runs, device);
    }

    @Test
    void fewRunsSpreadOverClustersOfEightAndManyRunsTakeABlockEach() {
        assertThat(seed(1, H200).batches()).singleElement().satisfies(b -> assertThat(b.shape().cluster()).isEqualTo(8));
        assertThat(seed(20, H200).batches().get(0).shape().cluster()).isEqualTo(8);
        assertThat(seed(40, H200).batches().get(0).shape().cluster()).isEqualTo(4);
        assertThat(seed(1024, H200).batches()).singleElement().satisfies(b -> {
            assertThat(b.size()).isEqualTo(1024);
            assertThat(b.shape().cluster()).isEqualTo(1);
        });
    }

    @Test
    void withoutClustersOrWithOneTileEveryRunIsOneBlock() {
        DeviceLimits ampere = new DeviceLimits(108, false, 163 * 1024, 80L << 30);
        assertThat(seed(1, ampere).batches().get(0).shape().cluster()).isEqualTo(1);
        BatchPlan small = BatchPlan.of(Precision.FLOAT64, 32, 4, 1, 21, List.of(1), 1, H200);
        assertThat(small.batches().get(0).shape().cluster()).isEqualTo(1);
    }

    @Test
    void runsBeyondTheMemorySplitIntoEvenBatches() {
        long room = BatchPlan.RESERVE + 300 * seed(1, H200).batches().get(0).shape().bytesPerRun();
        BatchPlan plan = seed(1024, new DeviceLimits(132, true, 227 * 1024, room));
        assertThat(plan.batches()).extracting(BatchPlan.Batch::size).containsExactly(256, 256, 256, 256);
        assertThat(plan.batches()).extracting(BatchPlan.Batch::from).containsExactly(0, 256, 512, 768);
    }

    @Test
    void aRunThatDoesNotFitIsRefusedWithTheFigures() {
        assertThatThrownBy(() -> BatchPlan.of(Precision.FLOAT32, 20000, 30, 1, 21, List.of(1), 1, H200))
                .isInstanceOf(CudaException.class)
                .hasMessageContaining("30 x 20000 float32 needs")
                .hasMessageContaining("of shared memory per block, but this GPU allows 227 KiB");
        DeviceLimits small = new DeviceLimits(132, true, 227 * 1024, 8L << 30);
        assertThatThrownBy(() -> BatchPlan.of(Precision.FLOAT64, 2048, 300, 1, 21, List.of(1), 1, small))
                .hasMessage("300 x 2048 float64 needs 9.4 GiB of GPU memory a run, but this GPU has 8.0 GiB free;"
                        + " expected a smaller net, or engine fused");
    }
}
