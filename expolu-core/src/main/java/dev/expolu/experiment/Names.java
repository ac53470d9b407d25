package dev.expolu.experiment;

import java.util.regex.Pattern;

/**
 * The rule for an experiment's and a variant's name: each becomes a directory of run records and
 * part of the file names of reports and locks, so it must be one plain path segment that stays where
 * it is put. Letters, digits, {@code -}, {@code _} and {@code .}, not starting with a dot (which also
 * rules out {@code .} and {@code ..}), at most {@value #MAX_LENGTH} characters.
 */
final class Names {

    static final int MAX_LENGTH = 128;

    /** What a plain name is, for messages. */
    static final String RULE = "a plain name: letters, digits, '-', '_' and '.', not starting with a dot";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.-]{1," + MAX_LENGTH + "}");

    private Names() {
    }

    static boolean isPlain(String name) {
        return PLAIN.matcher(name).matches() && name.charAt(0) != '.';
    }

    /** The experiment's {@code name:}, or a problem at its line. */
    static boolean checkName(Binder binder, String name, int line) {
        if (isPlain(name)) {
            return true;
        }
        binder.problem(line, "name", "is '" + name + "', but expected " + rule(name));
        return false;
    }

    /** The file's base name standing in for a missing {@code name:}, or a problem at line 1. */
    static boolean checkFileName(Binder binder, String name) {
        if (isPlain(name)) {
            return true;
        }
        binder.problem(1, "name", "is missing, and the file name gives '" + name + "', but expected " + rule(name)
                + "; give the file a plain name or the experiment a name:");
        return false;
    }

    /** A key of {@code variants}, or a problem at its line. */
    static boolean checkVariant(Binder binder, String name, int line) {
        if (isPlain(name)) {
            return true;
        }
        binder.problem(line, "variants", "has '" + name + "', but expected " + rule(name));
        return false;
    }

    private static String rule(String name) {
        return name.length() > MAX_LENGTH ? RULE + ", at most " + MAX_LENGTH + " characters" : RULE;
    }
}
