package dev.expolu.execution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code expolu.executor} and its options: {@code local} (this JVM's threads) or the name of a
 * {@link RunExecutorFactory}, with options it reads by name ({@code master} and {@code conf} for
 * {@code spark}).
 *
 * @param name    the executor's name
 * @param options its settings by name, in the order given
 */
public record ExecutorSettings(String name, Map<String, String> options) {

    /** The name of this JVM's threads. */
    public static final String LOCAL_NAME = "local";

    /** This JVM's threads. */
    public static final ExecutorSettings LOCAL = new ExecutorSettings(LOCAL_NAME, Map.of());

    public ExecutorSettings {
        Objects.requireNonNull(name, "name");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public boolean isLocal() {
        return name.equals(LOCAL_NAME);
    }

    /**
     * "spark {master=(9 characters), conf=(120 characters)}": the options by name, their values left out,
     * as they may hold a cluster's credentials and this text goes to {@code mvn -X}'s log.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        if (!options.isEmpty()) {
            text.append(" {");
            options.forEach((key, value) -> text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ").append(key)
                    .append("=(").append(value.length()).append(" characters)"));
            text.append('}');
        }
        return text.toString();
    }
}
