package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the values of the file's base (its setup outside the variants) that reach no setup read:
 * every variant, or every cell of the sweep, sets its own over them. Each variant's setup is checked
 * as read, so without this a bad value every variant overrides would pass unnoticed. Such a value is
 * checked as the base states it, beside the base's other values; only what is wrong with it is
 * reported (a part of it missing too, as in {@code seeds: {count: 3}}): not what the base leaves for
 * the variants to add, which is not under an unread key, nor what the variants read anyway.
 */
final class OverriddenValues {

    private OverriddenValues() {
    }

    /** Records in {@code binder} the problems of {@code base}'s values that none of {@code read} holds. */
    static void check(Binder binder, Mapping base, SetupReader setups) {
        List<String> unread = unread(base, setups.read(), "");
        if (unread.isEmpty()) {
            return;
        }
        Binder alone = new Binder(binder.file());
        setups.with(alone).variant(Variant.DEFAULT, base);
        for (Problem p : alone.problems()) {
            if (unread.stream().anyMatch(u -> under(p.key(), u))) {
                binder.problem(p.line(), p.key(), p.message());
            }
        }
    }

    /**
     * The dotted keys of {@code base}'s entries that none of {@code read} holds as written: a setup read
     * holds the base's very node where nothing was laid over it, a merged mapping where a mapping was.
     */
    static List<String> unread(Mapping base, List<Mapping> read, String path) {
        List<String> unread = new ArrayList<>();
        base.entries().forEach((key, entry) -> {
            List<YamlNode> there = read.stream().map(r -> r.entries().get(key)).filter(Objects::nonNull)
                    .map(YamlNode.Entry::value).toList();
            if (there.stream().anyMatch(v -> v == entry.value())) {
                return;
            }
            List<Mapping> merged = there.stream().filter(Mapping.class::isInstance).map(Mapping.class::cast).toList();
            if (entry.value() instanceof Mapping inner && !merged.isEmpty()) {
                unread.addAll(unread(inner, merged, Binder.join(path, key)));
            } else {
                unread.add(Binder.join(path, key));
            }
        });
        return unread;
    }

    private static boolean under(String key, String path) {
        return key.equals(path) || key.startsWith(path + ".") || key.startsWith(path + "[");
    }
}
