package dev.expolu.assertj;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The keys an experiment file and each of its variants share: {@code description}, {@code data},
 * {@code model}, {@code training}, {@code seeds}, {@code expect}. Nothing is checked here: the
 * loader checks what is written, as it checks a file.
 *
 * @param <SELF> the builder each setter returns
 */
public abstract class SettingsBuilder<SELF extends SettingsBuilder<SELF>> {

    /** The keys written so far, in the order written; values are maps, lists, strings, numbers, booleans. */
    final Map<String, Object> keys = new LinkedHashMap<>();

    SettingsBuilder() {
    }

    /** {@code description}. */
    public SELF description(String text) {
        keys.put("description", text);
        return self();
    }

    /** {@code data}: the points, inline or from a CSV file. */
    public SELF data(Consumer<DataBuilder> data) {
        data.accept(new DataBuilder(section("data")));
        return self();
    }

    /** {@code model}: the seed network's layers, width, activation, powers, init; or a trainer or a DL4J model. */
    public SELF model(Consumer<ModelBuilder> model) {
        model.accept(new ModelBuilder(section("model")));
        return self();
    }

    /** {@code training}: rounds, learning rate, dtype, engine. */
    public SELF training(Consumer<TrainingBuilder> training) {
        training.accept(new TrainingBuilder(section("training")));
        return self();
    }

    /** {@code seeds: [1, 2, 3]}. */
    public SELF seeds(long... seeds) {
        keys.put("seeds", Arrays.stream(seeds).boxed().toList());
        return self();
    }

    /** {@code seeds: {from: 1, count: 8}}. */
    public SELF seedsFrom(long from, int count) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from);
        range.put("count", count);
        keys.put("seeds", range);
        return self();
    }

    /** One more item of {@code expect}, such as {@code e -> e.roundsTo(1e-3).atMost(150)}. */
    public SELF expect(Consumer<ExpectationBuilder> expectation) {
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) keys.computeIfAbsent("expect", k -> new ArrayList<>());
        Map<String, Object> item = new LinkedHashMap<>();
        expectation.accept(new ExpectationBuilder(item));
        items.add(item);
        return self();
    }

    @SuppressWarnings("unchecked")
    final Map<String, Object> section(String key) {
        return (Map<String, Object>) keys.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
