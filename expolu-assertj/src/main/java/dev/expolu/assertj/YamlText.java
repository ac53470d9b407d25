package dev.expolu.assertj;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a builder's keys as an experiment file: a mapping reached by a key in block style, one key a
 * line (so a problem's line points at its key), anything inside a list in flow style on its line.
 * Strings are plain where YAML reads them back as the same string, else double-quoted; numbers as
 * {@link Double#toString(double)} writes them, which reads back as the same double.
 */
final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private YamlText() {
    }

    static String of(Map<String, Object> keys) {
        StringBuilder text = new StringBuilder();
        block(keys, "", text);
        return text.toString();
    }

    private static void block(Map<String, Object> keys, String indent, StringBuilder text) {
        keys.forEach((key, value) -> {
            text.append(indent).append(scalar(key)).append(':');
            if (value instanceof Map<?, ?> map && !map.isEmpty()) {
                text.append('\n');
                @SuppressWarnings("unchecked")
                Map<String, Object> nested = (Map<String, Object>) map;
                block(nested, indent + "  ", text);
            } else {
                text.append(' ').append(flow(value)).append('\n');
            }
        });
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> scalar(String.valueOf(e.getKey())) + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlText::flow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String string) {
            return scalar(string);
        }
        if (value == null) {
            return "null";
        }
        return String.valueOf(value); // numbers and booleans
    }

    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
