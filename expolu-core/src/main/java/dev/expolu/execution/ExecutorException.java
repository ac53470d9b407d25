package dev.expolu.execution;

/**
 * Training on an executor failed: a run failed for its own reason (named in the message), the
 * executor asked for is not on the class path, or it cannot train (a cluster that cannot be reached).
 * Records written before it stay.
 */
public final class ExecutorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExecutorException(String message) {
        super(message);
    }

    public ExecutorException(String message, Throwable cause) {
        super(message, cause);
    }
}
