package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expolu.execution.ExecutorException;
import dev.expolu.execution.ExecutorSettings;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.TaskResourceProfile;
import org.junit.jupiter.api.Test;

/** What a GPU batch's task asks of Spark, and what the application's executors ask of the workers. */
class GpuResourcesTest {

    private static SparkConf conf(String master, String userConf) {
        return SparkApplication.conf(SparkSettings.of(new ExecutorSettings("spark", Map.of("master", master,
                "conf", userConf))), List.of(), true);
    }

    @Test
    void aGpuTaskAsksForOneGpuThroughATaskOnlyProfile() {
        ResourceProfile profile = GpuResources.profile();

        assertThat(profile).isInstanceOf(TaskResourceProfile.class);
        assertThat(profile.taskResourcesJMap()).containsOnlyKeys("gpu");
        assertThat(profile.taskResourcesJMap().get("gpu").amount()).isEqualTo(1.0);
        assertThat(profile.executorResourcesJMap()).isEmpty();
    }

    @Test
    void onAClusterManagerTheExecutorsAskForAGpuEachUnlessTheUserSaidHowMany() {
        assertThat(conf("spark://head:7077", "").get(GpuResources.EXECUTOR_AMOUNT)).isEqualTo("1");
        assertThat(conf("yarn", "").get(GpuResources.EXECUTOR_AMOUNT)).isEqualTo("1");
        assertThat(conf("spark://head:7077", "spark.executor.resource.gpu.amount=4")
                .get(GpuResources.EXECUTOR_AMOUNT)).isEqualTo("4");
        assertThat(SparkApplication.conf(SparkSettings.of(new ExecutorSettings("spark",
                Map.of("master", "spark://head:7077"))), List.of(), false).contains(GpuResources.EXECUTOR_AMOUNT))
                .isFalse();
    }

    @Test
    void onALocalMasterNothingIsScheduledTheDriversFirstGpuTrains() {
        assertThat(conf("local[2]", "").contains(GpuResources.EXECUTOR_AMOUNT)).isFalse();
        assertThat(GpuResources.scheduled("local[2]")).isFalse();
        assertThat(GpuResources.scheduled("local")).isFalse();
        assertThat(GpuResources.scheduled("local-cluster[2,1,1024]")).isTrue();
        assertThat(GpuResources.ordinal(null)).isZero();
    }

    @Test
    void dynamicAllocationIsRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> conf("spark://head:7077", "spark.dynamicAllocation.enabled=true"))
                .isInstanceOf(ExecutorException.class)
                .hasMessage("spark.dynamicAllocation.enabled is true, but the cuda runs ask Spark for a GPU a task"
                        + " through a task resource profile, which Spark schedules only with dynamic allocation off;"
                        + " set spark.dynamicAllocation.enabled=false in expolu.spark.conf, or expolu.engine=fused;"
                        + " nothing trained");
    }

    @Test
    void gpuBatchIsAWholeNumberOfRunsAtLeastOne() {
        assertThat(SparkSettings.of(new ExecutorSettings("spark", Map.of("master", "local[1]"))).gpuBatch())
                .isEqualTo(64);
        assertThat(SparkSettings.of(new ExecutorSettings("spark", Map.of("master", "local[1]", "gpuBatch", "8")))
                .gpuBatch()).isEqualTo(8);
        assertThatThrownBy(() -> SparkSettings.of(new ExecutorSettings("spark", Map.of("master", "local[1]",
                "gpuBatch", "0")))).isInstanceOf(ExecutorException.class)
                .hasMessage("expolu.spark.gpuBatch is '0', but expected a whole number of runs, at least 1");
    }
}
