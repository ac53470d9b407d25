package dev.expolu.execution;

import java.util.List;
import java.util.ServiceLoader;

/** The {@link RunExecutor} a {@link TrainRequest} names: {@code local}, or one found by its factory. */
public final class RunExecutors {

    private RunExecutors() {
    }

    /**
     * The executor of {@code request}.
     *
     * @throws ExecutorException where no factory of that name is on the class path, naming the
     *                           names that are
     */
    public static RunExecutor create(TrainRequest request, TrainingLog log) {
        ExecutorSettings settings = request.executor();
        if (settings.isLocal()) {
            log.debug("expolu.executor=local: this JVM's threads, " + request.threads() + " at once");
            return new LocalExecutor(request.threads(), request.progressInterval(), log);
        }
        log.debug("expolu.executor=" + settings.name() + " with options " + settings.options());
        if (request.threads() != 1) {
            log.warn("expolu.threads is " + request.threads() + ", but expolu.executor=" + settings.name()
                    + " trains on its own workers; expolu.threads is ignored");
        }
        return factory(settings.name()).create(request, log);
    }

    /**
     * The factory of the executor {@code name}, from the class path of this class.
     *
     * @throws ExecutorException where there is none, saying how to add it
     */
    public static RunExecutorFactory factory(String name) {
        return factory(name, RunExecutors.class.getClassLoader());
    }

    /**
     * The factory of the executor {@code name}, from {@code loader}'s class path (the plugin's, with
     * an executor's module resolved on demand).
     *
     * @throws ExecutorException where there is none, saying how to add it
     */
    public static RunExecutorFactory factory(String name, ClassLoader loader) {
        List<RunExecutorFactory> found = ServiceLoader.load(RunExecutorFactory.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        return found.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(() ->
                new ExecutorException("expolu.executor is '" + name + "', but expected local"
                        + found.stream().map(f -> ", " + f.name()).reduce("", String::concat)
                        + (name.equals("spark") || found.stream().anyMatch(f -> f.name().equals("spark")) ? ""
                                : " or spark")
                        + (name.equals("spark") ? "; the spark executor is not on the class path: add"
                                + " dev.expolu:expolu-spark (which brings Spark) to it, or let expolu-maven-plugin"
                                + " resolve it for its forked JVM (see docs/spark.md)"
                                : "; no executor of that name is on the class path")));
    }
}
