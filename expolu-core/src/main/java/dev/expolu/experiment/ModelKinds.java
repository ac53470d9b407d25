package dev.expolu.experiment;

import dev.expolu.trainer.ProjectClasses;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The kinds of model a build can name, by name: those {@link ServiceLoader} finds for
 * {@link ModelKind} on expolu's class path (expolu's own three, and any in a jar declared as a
 * dependency of the plugin) and on the project's test class path.
 */
public final class ModelKinds {

    private static final Map<ClassLoader, ModelKinds> BY_LOADER = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, ModelKind> byName;

    private ModelKinds(Map<String, ModelKind> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The kinds on expolu's class path and on the project's, {@code classes}; found once a class loader. */
    public static ModelKinds of(ProjectClasses classes) {
        return BY_LOADER.computeIfAbsent(classes.loader(), ModelKinds::load);
    }

    /**
     * The kinds {@code loader} lists.
     *
     * @throws IllegalStateException where two kinds share a name
     */
    static ModelKinds load(ClassLoader loader) {
        Map<String, ModelKind> found = new TreeMap<>();
        for (ModelKind kind : ServiceLoader.load(ModelKind.class, loader)) {
            ModelKind before = found.putIfAbsent(kind.name(), kind);
            if (before != null && before.getClass() != kind.getClass()) {
                throw new IllegalStateException("Two kinds of model are named " + kind.name() + ": "
                        + before.getClass().getName() + " and " + kind.getClass().getName());
            }
        }
        return new ModelKinds(found);
    }

    /** The kind {@code model.kind} names. */
    public Optional<ModelKind> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every kind, by name: "network (the seed's network, the default), dl4j (...)", for a message. */
    String described() {
        List<ModelKind> kinds = new TreeMap<>(byName).values().stream()
                .sorted((a, b) -> a.name().equals(NetworkKind.NAME) ? -1 : b.name().equals(NetworkKind.NAME) ? 1
                        : a.name().compareTo(b.name()))
                .toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            text.append(i == 0 ? "" : i == kinds.size() - 1 ? " or " : ", ").append(kinds.get(i).name()).append(" (")
                    .append(kinds.get(i).description()).append(')');
        }
        return text.toString();
    }
}
