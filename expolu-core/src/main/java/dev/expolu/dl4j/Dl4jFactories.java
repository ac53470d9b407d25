package dev.expolu.dl4j;

import dev.expolu.trainer.ProjectClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;

/**
 * {@code model.factory: com.example.Nets#deep}: a public static method on the project's test class
 * path that makes the run's {@code MultiLayerConfiguration}, taking {@code model.parameters} as a
 * {@code Map<String, String>} or nothing.
 */
public final class Dl4jFactories {

    private Dl4jFactories() {
    }

    /**
     * The configuration the factory makes.
     *
     * @throws IllegalArgumentException saying what is wrong, after "is REFERENCE, but ...": no such
     *                                  class or method, parameters for a method that takes none, or
     *                                  the method's own exception
     */
    public static MultiLayerConfiguration make(ProjectClasses classes, String reference, Map<String, String> parameters) {
        int hash = reference.indexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException("is " + reference + ", but expected Class#method, such as"
                    + " com.example.Nets#deepMlp");
        }
        Class<?> type = classes.load(reference.substring(0, hash));
        String name = reference.substring(hash + 1);
        Method method = find(type, name, Map.class);
        boolean takesParameters = method != null;
        if (method == null) {
            method = find(type, name);
        }
        if (method == null) {
            throw new IllegalArgumentException("is " + reference + ", but " + type.getSimpleName() + " has no public"
                    + " static method " + name + "() or " + name + "(Map<String, String>) returning"
                    + " MultiLayerConfiguration");
        }
        if (!takesParameters && !parameters.isEmpty()) {
            throw new IllegalArgumentException("is " + reference + ", which takes no parameters, but model.parameters"
                    + " sets " + parameters.keySet() + "; expected " + name + "(Map<String, String>)");
        }
        try {
            Object made = takesParameters ? method.invoke(null, parameters) : method.invoke(null);
            if (made == null) {
                throw new IllegalArgumentException("is " + reference + ", but it returned null");
            }
            return (MultiLayerConfiguration) made;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("is " + reference + ", but it threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("is " + reference + ", but it cannot be called: " + e, e);
        }
    }

    private static Method find(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method m = type.getMethod(name, parameters);
            return Modifier.isStatic(m.getModifiers()) && MultiLayerConfiguration.class.isAssignableFrom(m.getReturnType())
                    ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
