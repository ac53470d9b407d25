package dev.expolu.api;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One run as the experiment file gives it: its seed, the rounds to report, and the parameters of its
 * variant (and sweep cell), {@code model.parameters} with every value as the file wrote it.
 */
public interface Run {

    /** The run's seed: every random number of the run comes from it. */
    long seed();

    /** The rounds to train and report ({@code training.rounds}). */
    int rounds();

    /** Every parameter, in the file's order. */
    Map<String, String> parameters();

    /** A parameter as text. @throws NoSuchElementException naming it, where the file does not set it */
    default String text(String name) {
        String value = parameters().get(name);
        if (value == null) {
            throw new NoSuchElementException("model.parameters." + name + " is not set; the file sets "
                    + parameters().keySet());
        }
        return value;
    }

    /** A parameter as a number. @throws NumberFormatException naming it, where it is not one */
    default double number(String name) {
        String value = text(name);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("model.parameters." + name + " is '" + value + "', but expected a number");
        }
    }

    /** A parameter as a whole number. @throws NumberFormatException naming it, where it is not one */
    default int integer(String name) {
        String value = text(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("model.parameters." + name + " is '" + value
                    + "', but expected a whole number");
        }
    }

    /** A parameter as a number, or {@code otherwise} where the file does not set it. */
    default double number(String name, double otherwise) {
        return parameters().containsKey(name) ? number(name) : otherwise;
    }

    /** A parameter as a whole number, or {@code otherwise} where the file does not set it. */
    default int integer(String name, int otherwise) {
        return parameters().containsKey(name) ? integer(name) : otherwise;
    }
}
