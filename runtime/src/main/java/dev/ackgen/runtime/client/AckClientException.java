package dev.ackgen.runtime.client;

/**
 * No usable answer came from ACK: the connection failed or dropped, the response could not be
 * read, or the call was interrupted. {@link #mayHaveReachedServer} tells whether ACK may have
 * received and acted on the request, which matters for calls that create things.
 */
public class AckClientException extends AckException {
    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedServer;

    public AckClientException(String action, String message, boolean mayHaveReachedServer, Throwable cause) {
        super(action, action + " failed: " + message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /**
     * Whether the request may have reached ACK: false only when it surely did not (no connection
     * could be made). When true, a create call may have succeeded; look before creating again.
     */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
