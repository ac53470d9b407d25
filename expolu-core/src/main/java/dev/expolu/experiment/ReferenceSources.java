package dev.expolu.experiment;

import dev.expolu.experiment.YamlNode.Mapping;
import dev.expolu.reference.ReferenceRuns;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects where each variant's {@code reference:} stands while the variants are read, then reads the
 * reference runs against the variants' setups and the {@code agree} claims about them.
 */
final class ReferenceSources {

    private record Source(YamlNode node, String path) {
    }

    private final Binder binder;
    private final Map<String, Source> sources = new LinkedHashMap<>();

    ReferenceSources(Binder binder) {
        this.binder = binder;
    }

    void add(String variant, Optional<YamlNode> node, String path) {
        node.ifPresent(n -> sources.put(variant, new Source(n, path)));
    }

    /** The reference runs of the variants that have one, and the {@code agree} claims of {@code top}. */
    References read(Mapping top, List<Variant> variants, List<String> names, boolean declared) {
        ReferenceReader reader = new ReferenceReader(binder);
        Map<String, ReferenceRuns> runs = new LinkedHashMap<>();
        sources.forEach((variant, source) -> {
            Optional<Setup> setup = variants.stream().filter(v -> v.name().equals(variant)).findFirst()
                    .map(Variant::setup);
            reader.read(source.node(), source.path(), setup).ifPresent(r -> runs.put(variant, r));
        });
        Set<String> withReference = new LinkedHashSet<>(sources.keySet());
        return new References(runs, new AgreeReader(binder).read(top, names, withReference, declared));
    }
}
