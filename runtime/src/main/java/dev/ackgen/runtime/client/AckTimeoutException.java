package dev.ackgen.runtime.client;

/** ACK did not answer within the read timeout. The request may have reached it. */
public final class AckTimeoutException extends AckClientException {
    private static final long serialVersionUID = 1L;

    public AckTimeoutException(String action, String message, Throwable cause) {
        super(action, message, true, cause);
    }
}
