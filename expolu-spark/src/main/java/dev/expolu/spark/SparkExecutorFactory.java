package dev.expolu.spark;

import dev.expolu.execution.RunExecutor;
import dev.expolu.execution.RunExecutorFactory;
import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainingLog;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * {@code expolu.executor=spark}, found by {@link java.util.ServiceLoader} where expolu-spark is on
 * the plugin's class path. The JVM that drives Spark (the forked training JVM) starts with Spark's
 * own options for Java 17 ({@link JavaModuleOptions}).
 */
public final class SparkExecutorFactory implements RunExecutorFactory {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunExecutor create(TrainRequest request, TrainingLog log) {
        return new SparkRunExecutor(SparkSettings.of(request.executor()), log,
                request.recordsDirectory().toAbsolutePath().resolveSibling("expolu-spark"), request.projectClasses());
    }

    @Override
    public List<String> jvmOptions() {
        return Arrays.asList(JavaModuleOptions.defaultModuleOptionArray());
    }
}
