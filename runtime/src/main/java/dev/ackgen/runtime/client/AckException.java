package dev.ackgen.runtime.client;

/**
 * A call to ACK failed. {@link AckServiceException}: ACK answered with an error. {@link
 * AckClientException}: no usable answer arrived (I/O failure, timeout, unreadable response).
 * Messages never hold credentials, signatures or request bodies.
 */
public abstract class AckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String action;

    AckException(String action, String message, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** The action that failed, e.g. {@code CreateCluster}. */
    public String action() {
        return action;
    }
}
