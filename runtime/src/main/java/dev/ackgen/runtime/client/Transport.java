package dev.ackgen.runtime.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends HTTP requests. The client signs, retries and maps errors; a transport only moves bytes,
 * so tests and users can plug in their own (an in-memory fake, another HTTP library). {@link
 * JdkHttpTransport} is the default. Implementations must be thread-safe.
 *
 * <p>Whether a failed request may be retried depends on whether it may have reached the server.
 * A transport signals "surely not sent" by throwing {@link RequestNotSentException} (or {@link
 * java.net.ConnectException}, {@link java.net.http.HttpConnectTimeoutException}, {@link
 * java.net.UnknownHostException}); any other {@link IOException} means the request may have been
 * received.
 */
public interface Transport extends AutoCloseable {
    /** Sends the request and waits for the whole response. */
    TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

    /**
     * Sends the request without blocking the caller; the future fails with the exception {@link
     * #send} would have thrown.
     */
    CompletableFuture<TransportResponse> sendAsync(TransportRequest request);

    /** Releases connections and threads; the default does nothing. */
    @Override
    default void close() {}
}
