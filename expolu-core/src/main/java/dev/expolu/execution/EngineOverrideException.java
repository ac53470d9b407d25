package dev.expolu.execution;

/**
 * The engine asked for every run ({@code expolu.engine}) cannot run on this machine; nothing was
 * trained. The message says why and what runs instead.
 */
public final class EngineOverrideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineOverrideException(String message) {
        super(message);
    }
}
