package dev.expolu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.execution.ExecutorSettings;
import dev.expolu.execution.TrainingLog;
import dev.expolu.run.Engine;
import dev.expolu.trainer.ProjectClasses;
import dev.expolu.training.FusedEngine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each engine a file declares becomes on Spark, decided before anything trains or starts. */
class SparkEnginesTest {

    private final SparkRunExecutor executor = new SparkRunExecutor(SparkSettings.of(new ExecutorSettings("spark",
            Map.of("master", "spark://head:7077"))), TrainingLog.NONE, Path.of("target"), ProjectClasses.ofThisJvm());

    @Test
    void dl4jIsRefusedAsAProblemOfTheEngineTheOthersAreTrainedThere() {
        assertThat(executor.refuses(Engine.DL4J)).hasValue("is dl4j, but expolu.executor=spark trains engine fused or"
                + " cuda (dl4j's arithmetic is that of each executor's native libraries); expected fused, cuda or auto,"
                + " or expolu.executor=local");
        assertThat(executor.refuses(Engine.FUSED)).isEmpty();
        assertThat(executor.refuses(Engine.CUDA)).isEmpty();
        assertThat(executor.refuses(Engine.AUTO)).isEmpty();
        assertThat(executor.engine(Engine.CUDA)).get().isInstanceOf(ClusterGpuEngine.class);
        assertThat(executor.engine(Engine.AUTO)).get().isInstanceOf(FusedEngine.class);
        assertThat(executor.engine(Engine.FUSED)).isEmpty();
    }
}
