package dev.expolu.dl4j;

import dev.expolu.trainer.ProjectClasses;
import java.lang.reflect.Method;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * {@code data: {iterator: com.example.Data#train, validation: com.example.Data#heldOut}}: public static
 * methods on the project's test class path, each taking the run's seed ({@code long}) and returning the
 * {@code DataSetIterator} of its batches: the training batches, their order on each {@code reset()} the
 * iterator's business from that seed, and the held-out ones.
 */
public final class DataIterators {

    private DataIterators() {
    }

    /**
     * The method, checked and not called.
     *
     * @throws IllegalArgumentException saying what is wrong, after "is REFERENCE, but ...": not
     *                                  {@code Class#method}, no such class, or no such method
     */
    public static Method method(ProjectClasses classes, String reference) {
        Class<?> type = Dl4jFactories.type(classes, reference, "com.example.Data#train");
        String name = reference.substring(reference.indexOf('#') + 1);
        Method method = Dl4jFactories.find(type, name, m -> DataSetIterator.class.isAssignableFrom(m.getReturnType()),
                long.class);
        if (method == null) {
            throw new IllegalArgumentException("is " + reference + ", but " + type.getSimpleName() + " has no public"
                    + " static method " + name + "(long seed) returning a DataSetIterator");
        }
        return method;
    }

    /**
     * The iterator the method makes from {@code seed}.
     *
     * @throws IllegalArgumentException where the method is gone, throws or returns null
     */
    static DataSetIterator make(ProjectClasses classes, String reference, long seed) {
        Object made = Dl4jFactories.call(reference, method(classes, reference), seed);
        if (made == null) {
            throw new IllegalArgumentException("is " + reference + ", but it returned null for seed " + seed);
        }
        return (DataSetIterator) made;
    }
}
