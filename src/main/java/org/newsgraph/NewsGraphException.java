package org.newsgraph;

/** The root of every error newsgraph reports; the message says what went wrong and where. */
public class NewsGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
