package dev.expolu.fork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines a fork writes on its standard output, one event a line: {@code @expolu <kind>} and its
 * fields, separated by tabs, each with backslash, tab, newline and carriage return escaped. Any
 * other line is not the protocol's. The kinds:
 *
 * <pre>
 * debug    line        a detail for the build's debug log (-X), sent only where the request asks
 * info     line        a line for the build's log
 * warn     line        a warning for the build's log
 * started  run         a run started training
 * finished run         a run's record (and cache entry) is written whole
 * problem  file line key message   one problem of an experiment file; an "experiment" error follows
 * error    kind text   the fork failed: kind experiment (the problems before), io, engine, executor
 *                      (a run failed on its executor, or the executor could not train), or crash
 * done                 every run trained and recorded
 * </pre>
 */
final class ForkProtocol {

    static final String DEBUG = "debug";
    static final String INFO = "info";
    static final String WARN = "warn";
    static final String STARTED = "started";
    static final String FINISHED = "finished";
    static final String PROBLEM = "problem";
    static final String ERROR = "error";
    static final String DONE = "done";

    /** Error kinds. */
    static final String EXPERIMENT = "experiment";
    static final String IO = "io";
    static final String ENGINE = "engine";
    static final String EXECUTOR = "executor";
    static final String CRASH = "crash";

    private static final String PREFIX = "@expolu ";

    private ForkProtocol() {
    }

    /** One event as its line, without the line break. */
    static String encode(String kind, String... fields) {
        StringBuilder line = new StringBuilder(PREFIX).append(kind);
        for (String field : fields) {
            line.append('\t');
            for (char c : field.toCharArray()) {
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }

    /** The event of a line; empty for a line that is not the protocol's. */
    static Optional<Message> decode(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split("\t", -1);
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            fields.add(unescape(parts[i]));
        }
        return Optional.of(new Message(parts[0], fields));
    }

    private static String unescape(String field) {
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                text.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * One event.
     *
     * @param kind   what happened
     * @param fields its fields, unescaped
     */
    record Message(String kind, List<String> fields) {

        Message {
            fields = List.copyOf(fields);
        }

        /** Field {@code i}, or empty where the line has fewer. */
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }
}
