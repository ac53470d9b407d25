package dev.expolu.cuda;

/** The GPU engine cannot do what was asked, or the CUDA driver failed; the message says which. */
public final class CudaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CudaException(String message) {
        super(message);
    }

    public CudaException(String message, Throwable cause) {
        super(message, cause);
    }
}
