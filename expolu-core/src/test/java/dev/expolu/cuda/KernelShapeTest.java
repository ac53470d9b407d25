package dev.expolu.cuda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.run.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sizes the kernel's layout implies, computed on the host before anything is allocated. */
class KernelShapeTest {

    static KernelShape seed(int cluster) {
        return new KernelShape(Precision.FLOAT32, 512, 30, 1, 21, List.of(1), cluster);
    }

    @Test
    void columnsAreTiledBySixtyFourRoundedUpToAPowerOfTwo() {
        assertThat(KernelShape.tiles(512)).isEqualTo(8);
        assertThat(KernelShape.tiles(64)).isEqualTo(1);
        assertThat(KernelShape.tiles(32)).isEqualTo(1);
        assertThat(KernelShape.tiles(100)).isEqualTo(2);
        assertThat(KernelShape.tiles(300)).isEqualTo(8);
        assertThat(seed(8).columnsPerBlock()).isEqualTo(64);
        assertThat(seed(1).columnsPerBlock()).isEqualTo(512);
    }

    @Test
    void aClusterIsAPowerOfTwoNoWiderThanTheTiles() {
        assertThatThrownBy(() -> new KernelShape(Precision.FLOAT64, 32, 4, 1, 21, List.of(1), 2))
                .hasMessageContaining("cluster 2 is not a power of two of at most 1 for width 32");
        assertThatThrownBy(() -> seed(3)).hasMessageContaining("cluster 3");
    }

    @Test
    void theSeedsRunNeedsItsWeightsAndAReplicaAndScratchPerBlock() {
        long weights = (29L * 512 * 512 + 29 * 512) * 4;
        long perBlock = (512 + 512 + 512 + 1) * 4 + (2L * 30 * 512 + 2 * 30) * 8;
        assertThat(seed(1).bytesPerRun()).isEqualTo(weights + perBlock);
        assertThat(seed(8).bytesPerRun()).isEqualTo(weights + 8 * perBlock);
        assertThat(seed(1).bytesPerRun()).isBetween(30_000_000L, 31_000_000L);
    }

    @Test
    void sharedMemoryFollowsTheKernelsLayout() {
        // doubles: v, g (512 each), the exchange twice (512 each), 16 for sums; floats: hT, gT, 8 groups x chunk
        assertThat(seed(1).chunk()).isEqualTo(512);
        assertThat(seed(1).sharedBytes()).isEqualTo((2 * 512 + 2 * 512 + 16) * 8 + (2 * 512 + 8 * 512) * 4);
        assertThat(seed(8).chunk()).isEqualTo(64);
        assertThat(seed(8).sharedBytes()).isEqualTo((2 * 512 + 2 * 512 + 16) * 8 + (2 * 512 + 8 * 64) * 4);
        KernelShape wide = new KernelShape(Precision.FLOAT64, 2048, 4, 1, 21, List.of(1), 1);
        assertThat(wide.rowGroups() * (long) wide.chunk() * 8).isLessThanOrEqualTo(32 * 1024);
    }

    @Test
    void thePreambleDefinesWhatTheKernelIsCompiledFor() {
        String preamble = new KernelShape(Precision.FLOAT64, 32, 4, 1, 21, List.of(1, 2), 1).preamble();
        assertThat(preamble).contains("#define EX_REAL double\n", "#define EX_WIDTH 32\n", "#define EX_LAYERS 4\n",
                "#define EX_NPOWERS 2\n", "#define EX_POWERS 1,2\n", "#define EX_CLUSTER 1\n", "#define EX_TILES 1\n");
        assertThat(Kernels.source()).contains("extern \"C\" __global__", Kernels.ENTRY, "EX_POWERS");
    }
}
