package dev.ackgen.runtime.client;

import java.io.IOException;

/**
 * A transport's way to say that a request surely never reached the server (for instance, no
 * connection could be made), so that even a non-idempotent request may be sent again.
 */
public final class RequestNotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    public RequestNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
