package dev.expolu.assertj;

import dev.expolu.experiment.Experiment;
import dev.expolu.experiment.ExperimentException;
import dev.expolu.experiment.ExperimentLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An experiment file written in code: one method per key of the file, nested as the file nests them.
 * It writes the YAML ({@link #toYaml()}) and the loader reads it as it reads a file, so an
 * experiment built here is the same {@link Experiment}, checked the same way, as the file with that
 * text: the same runs, the same cache keys, the same problems named by their key.
 *
 * <pre>{@code
 * Expolu.experiment("contrast")
 *         .data(d -> d.points(new double[][] {{-1, 2}, {0, 0}, {1, 2}}))
 *         .model(m -> m.layers(4).width(16))
 *         .training(t -> t.rounds(100).dtype("float64"))
 *         .seedsFrom(1, 8)
 *         .variant("expolu", v -> v.model(m -> m.activation("expolu"))
 *                 .expect(e -> e.roundsTo(1e-3).atMost(50)))
 *         .variant("relu", v -> v.model(m -> m.activation("relu")))
 *         .compare(c -> c.roundsTo(1e-3).lower("expolu").than("relu").pValue(0.01));
 * }</pre>
 */
public final class ExperimentBuilder extends SettingsBuilder<ExperimentBuilder> {

    private final String name;

    ExperimentBuilder(String name) {
        this.name = name;
        keys.put("name", name);
    }

    /** One variant, under {@code variants}; its keys lie over the experiment's. */
    public ExperimentBuilder variant(String variantName, Consumer<VariantBuilder> variant) {
        VariantBuilder builder = new VariantBuilder();
        variant.accept(builder);
        section("variants").put(variantName, builder.keys);
        return this;
    }

    /** One more item of {@code compare}: a claim about two variants, tested over their seeds. */
    public ExperimentBuilder compare(Consumer<ComparisonBuilder> comparison) {
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) keys.computeIfAbsent("compare", k -> new ArrayList<>());
        Map<String, Object> item = new LinkedHashMap<>();
        comparison.accept(new ComparisonBuilder(item));
        items.add(item);
        return this;
    }

    /** The experiment file this builder stands for. */
    public String toYaml() {
        return YamlText.of(keys);
    }

    /**
     * The experiment, loaded from {@link #toYaml()} by the loader that loads files, under the name
     * {@code Expolu.experiment(NAME)} in place of a file.
     *
     * @throws InvalidExperimentException with every problem found, and the YAML with its lines numbered
     */
    public Experiment build() {
        String yaml = toYaml();
        try {
            return ExperimentLoader.load(file(), yaml);
        } catch (ExperimentException e) {
            throw new InvalidExperimentException(e.problems(), yaml);
        }
    }

    /**
     * The name problems and records give the experiment in place of a file; its folder is the
     * working directory, where relative paths ({@code data.csv}, {@code model.init.from}) resolve.
     */
    Path file() {
        return Path.of("Expolu.experiment(" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ")");
    }
}
