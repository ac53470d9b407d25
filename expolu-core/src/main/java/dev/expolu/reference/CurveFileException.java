package dev.expolu.reference;

/** A curve file that cannot be read as one, with what was found and what was expected. */
public class CurveFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public CurveFileException(String message) {
        super(message);
    }
}
