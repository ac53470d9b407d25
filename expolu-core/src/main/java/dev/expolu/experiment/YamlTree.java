package dev.expolu.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The {@link YamlNode}s of one document, built from the parser's events. An alias stands for the very
 * node its anchor names, with that node's lines (a problem in it names where the value is written); a
 * merge key {@code <<} lays the mapping it names under the keys beside it. What aliases stand for is
 * counted as the values they would expand to, without expanding them: past {@link #MAX_ALIASED} (nested
 * aliases multiply, as in a "billion laughs") the file is refused at the alias that crosses it.
 */
final class YamlTree {

    /** The most values the aliases of one file may stand for, counted as if each were copied out. */
    static final long MAX_ALIASED = 1_000_000;

    /** The deepest a value may nest: far beyond an experiment's, and well short of the stack's. */
    static final int MAX_DEPTH = 100;

    private static final Resolver RESOLVER = new Resolver();

    /** A node and the number of values it stands for, written out in full. */
    private record Sized(YamlNode node, long size) {
    }

    private final Path file;
    private final Parser parser;
    private final Map<String, Sized> anchors = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private long aliased;

    YamlTree(Path file, Parser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** The document's node, its events read through. */
    YamlNode root() throws ExperimentException {
        return node(0).node();
    }

    private Sized node(int depth) throws ExperimentException {
        Event event = parser.getEvent();
        int line = line(event);
        if (event instanceof AliasEvent alias) {
            return alias(alias.getAnchor(), line);
        }
        if (depth > MAX_DEPTH) {
            throw YamlReader.refused(file, line, "", "nests values deeper than " + MAX_DEPTH + " levels; expected an"
                    + " experiment's few");
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            open.add(anchor);
        }
        Sized sized;
        if (event instanceof ScalarEvent scalar) {
            sized = new Sized(new YamlNode.Scalar(isNull(scalar) ? null : scalar.getValue(), line), 1);
        } else if (event instanceof SequenceStartEvent) {
            sized = sequence(line, depth);
        } else if (event instanceof MappingStartEvent) {
            sized = mapping(line, depth);
        } else {
            throw new IllegalStateException("not a node: " + event);
        }
        if (anchor != null) {
            open.remove(anchor);
            anchors.put(anchor, sized);
        }
        return sized;
    }

    private Sized alias(String name, int line) throws ExperimentException {
        if (open.contains(name)) {
            throw YamlReader.refused(file, line, "*" + name, "stands inside the value &" + name + " names; expected a"
                    + " value that does not hold itself");
        }
        Sized target = anchors.get(name);
        if (target == null) {
            throw YamlReader.refused(file, line, "*" + name, "names no anchor; expected &" + name + " on a value"
                    + " before it");
        }
        aliased += target.size();
        if (aliased > MAX_ALIASED) {
            throw YamlReader.refused(file, line, "*" + name, "makes the file's aliases stand for more than "
                    + MAX_ALIASED + " values; expected aliases that repeat less (each level of aliases to aliases"
                    + " multiplies them)");
        }
        return target;
    }

    private Sized sequence(int line, int depth) throws ExperimentException {
        List<YamlNode> items = new ArrayList<>();
        long size = 1;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            Sized item = node(depth + 1);
            items.add(item.node());
            size += item.size();
        }
        parser.getEvent();
        return new Sized(new YamlNode.Sequence(items, line), size);
    }

    private record Pair(String key, int keyLine, boolean merge, Sized value) {
    }

    /** Keys in file order; a key of a merged mapping only where no key beside the {@code <<} is the same. */
    private Sized mapping(int line, int depth) throws ExperimentException {
        List<Pair> pairs = new ArrayList<>();
        Set<String> explicit = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.peekEvent();
            int keyLine = line(keyEvent);
            boolean merge = keyEvent instanceof ScalarEvent s && s.isPlain() && s.getValue().equals("<<");
            Sized key = node(depth + 1);
            if (!(key.node() instanceof YamlNode.Scalar k)) {
                throw YamlReader.refused(file, keyLine, "", "has a key that is " + key.node().kind()
                        + "; expected a name");
            }
            String name = String.valueOf(k.text());
            if (!merge && !explicit.add(name)) {
                throw YamlReader.refused(file, keyLine, name, "appears twice in the same mapping");
            }
            pairs.add(new Pair(name, keyLine, merge, node(depth + 1)));
        }
        parser.getEvent();
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        long size = 1;
        for (Pair pair : pairs) {
            if (!pair.merge()) {
                entries.put(pair.key(), new YamlNode.Entry(pair.keyLine(), pair.value().node()));
                size += pair.value().size();
                continue;
            }
            size += pair.value().size(); // at least what is taken of it
            for (YamlNode.Mapping merged : merged(pair)) {
                merged.entries().forEach((key, entry) -> {
                    if (!explicit.contains(key)) {
                        entries.putIfAbsent(key, entry);
                    }
                });
            }
        }
        return new Sized(new YamlNode.Mapping(entries, line), size);
    }

    /** The mappings a {@code <<} names: one, or a list of them, the first of which wins a key. */
    private List<YamlNode.Mapping> merged(Pair pair) throws ExperimentException {
        YamlNode value = pair.value().node();
        if (value instanceof YamlNode.Mapping m) {
            return List.of(m);
        }
        if (value instanceof YamlNode.Sequence s && s.items().stream().allMatch(YamlNode.Mapping.class::isInstance)) {
            return s.items().stream().map(YamlNode.Mapping.class::cast).toList();
        }
        throw YamlReader.refused(file, value.line(), "<<", "is " + value.kind() + ", but expected a mapping to"
                + " merge, such as *base, or a list of them");
    }

    /** Null as YAML reads it: {@code ~}, {@code null} or nothing, unquoted; or tagged {@code !!null}. */
    private static boolean isNull(ScalarEvent scalar) {
        String tag = scalar.getTag();
        if (tag != null && !tag.equals("!")) {
            return tag.equals(Tag.NULL.getValue());
        }
        return RESOLVER.resolve(NodeId.scalar, scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar())
                .equals(Tag.NULL);
    }

    private static int line(Event event) {
        return event.getStartMark().getLine() + 1;
    }
}
