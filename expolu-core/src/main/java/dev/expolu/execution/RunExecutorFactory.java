package dev.expolu.execution;

import java.util.List;

/**
 * Makes the {@link RunExecutor} of an {@code expolu.executor} name other than {@code local}; found
 * with {@link java.util.ServiceLoader} on the class path (a jar's
 * {@code META-INF/services/dev.expolu.execution.RunExecutorFactory}), so a project that does not
 * use an executor never has it, nor what it depends on.
 */
public interface RunExecutorFactory {

    /** The {@code expolu.executor} it answers to, such as {@code spark}. */
    String name();

    /**
     * The executor for {@code request}, whose {@link TrainRequest#executor()} names this factory.
     *
     * @throws ExecutorException naming the setting that is wrong and what was expected
     */
    RunExecutor create(TrainRequest request, TrainingLog log);

    /** Options the JVM that drives the executor must start with (the forked JVM takes them). */
    default List<String> jvmOptions() {
        return List.of();
    }
}
