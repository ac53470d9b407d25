package dev.expolu.fork;

/**
 * The forked training JVM ended without finishing: killed, crashed, or failed in a way it could
 * not name. The message says how it ended, the runs it was training and what became of the records.
 */
public final class ForkException extends Exception {

    private static final long serialVersionUID = 1L;

    ForkException(String message) {
        super(message);
    }
}
