package dev.expolu.dl4j;

import dev.expolu.trainer.ProjectClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code model.factory: com.example.Nets#deep}: a public static method on the project's test class
 * path that makes the run's configuration, taking {@code model.parameters} as a
 * {@code Map<String, String>} or nothing, and returning a {@code MultiLayerConfiguration} or a
 * {@code ComputationGraphConfiguration} (or a network of either kind, whose configuration is taken).
 */
public final class Dl4jFactories {

    private static final String RETURNING = "returning a MultiLayerConfiguration or ComputationGraphConfiguration"
            + " (or either network)";

    private Dl4jFactories() {
    }

    /**
     * The configuration the factory makes.
     *
     * @throws IllegalArgumentException saying what is wrong, after "is REFERENCE, but ...": no such
     *                                  class or method, parameters for a method that takes none, or
     *                                  the method's own exception
     */
    public static Dl4jConfiguration make(ProjectClasses classes, String reference, Map<String, String> parameters) {
        Class<?> type = type(classes, reference, "com.example.Nets#deepMlp");
        String name = reference.substring(reference.indexOf('#') + 1);
        Predicate<Method> returns = m -> Dl4jConfiguration.made(m.getReturnType());
        Method method = find(type, name, returns, Map.class);
        boolean takesParameters = method != null;
        if (method == null) {
            method = find(type, name, returns);
        }
        if (method == null) {
            throw new IllegalArgumentException("is " + reference + ", but " + type.getSimpleName() + " has no public"
                    + " static method " + name + "() or " + name + "(Map<String, String>) " + RETURNING);
        }
        if (!takesParameters && !parameters.isEmpty()) {
            throw new IllegalArgumentException("is " + reference + ", which takes no parameters, but model.parameters"
                    + " sets " + parameters.keySet() + "; expected " + name + "(Map<String, String>)");
        }
        Object made = call(reference, method, takesParameters ? new Object[] {parameters} : new Object[0]);
        if (made == null) {
            throw new IllegalArgumentException("is " + reference + ", but it returned null");
        }
        return Dl4jConfiguration.of(made);
    }

    /**
     * The class of {@code Class#method}, loaded from the project's test class path.
     *
     * @throws IllegalArgumentException where the reference is not {@code Class#method}, or no such class is there
     */
    static Class<?> type(ProjectClasses classes, String reference, String example) {
        int hash = reference.indexOf('#');
        if (hash <= 0 || hash == reference.length() - 1) {
            throw new IllegalArgumentException("is " + reference + ", but expected Class#method, such as " + example);
        }
        return classes.load(reference.substring(0, hash));
    }

    /** The public static method {@code name(parameters)} whose return type {@code returns} accepts; else null. */
    static Method find(Class<?> type, String name, Predicate<Method> returns, Class<?>... parameters) {
        try {
            Method m = type.getMethod(name, parameters);
            return Modifier.isStatic(m.getModifiers()) && returns.test(m) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** What the static method returns, its own exception said after "is REFERENCE, but it threw". */
    static Object call(String reference, Method method, Object... arguments) {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("is " + reference + ", but it threw " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("is " + reference + ", but it cannot be called: " + e, e);
        }
    }
}
