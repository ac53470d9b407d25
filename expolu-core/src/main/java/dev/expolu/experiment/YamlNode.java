package dev.expolu.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line it starts on: what lets every problem name its line. */
public sealed interface YamlNode {

    int line();

    /** A word such as "a number" or "a mapping", for messages. */
    String kind();

    /** A number, string, boolean or null, with its text as written. */
    record Scalar(String text, int line) implements YamlNode {
        @Override
        public String kind() {
            return "'" + text + "'";
        }
    }

    /** Keys in file order; each key keeps the line it stands on. */
    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }

        /**
         * This mapping with {@code override} laid over it: nested mappings merge key by key, any
         * other value is replaced.
         */
        public Mapping overlay(Mapping override) {
            Map<String, Entry> merged = new LinkedHashMap<>(entries);
            override.entries.forEach((key, entry) -> {
                Entry base = merged.get(key);
                if (base != null && base.value() instanceof Mapping b && entry.value() instanceof Mapping o) {
                    merged.put(key, new Entry(entry.keyLine(), b.overlay(o)));
                } else {
                    merged.put(key, entry);
                }
            });
            return new Mapping(merged, line);
        }
    }

    /** A key's line and its value. */
    record Entry(int keyLine, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }
}
