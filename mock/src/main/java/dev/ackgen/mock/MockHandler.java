package dev.ackgen.mock;

/**
 * Answers requests for one action dynamically, e.g. a {@code DescribeClusterDetail} that echoes
 * the cluster id of the path. It runs only for requests whose signature and body check passed.
 * Called from the server's connection threads, possibly concurrently: share state with care.
 *
 * <p>A handler that throws makes the server answer HTTP 500 {@code InternalError}; the message
 * names the exception class only, since an exception message may hold anything.
 */
@FunctionalInterface
public interface MockHandler {
    /**
     * The response to send.
     *
     * @param request what was received; its {@link ReceivedRequest#status} is still empty
     * @return the response, never {@code null}
     */
    MockResponse handle(ReceivedRequest request);
}
