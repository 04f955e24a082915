package dev.ackgen.mock;

import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mock ACK endpoint on the loopback interface, for tests and demos: it checks signatures
 * ({@link SignatureVerifier}) and bodies ({@link BodyCheck}), answers each action with a canned
 * {@link MockResponse} or a {@link MockHandler}, answers errors the way ACK does, injects queued
 * {@link MockFault}s, and records every request it received.
 *
 * <pre>{@code
 * try (MockAckServer server = MockAckServer.builder()
 *         .credentials(Credentials.of("id", "secret"))
 *         .respond("CreateCluster", MockResponse.json(200, "{\"cluster_id\":\"c1\"}"))
 *         .start()) {
 *     server.enqueue("CreateCluster", MockFault.throttle());
 *     // point the client at server.endpoint() ...
 *     assertThat(server.received("CreateCluster")).hasSize(2);
 * }
 * }</pre>
 *
 * <p>The action comes from the {@code x-acs-action} header, which V3 and ROA V1 requests both
 * carry; the path is recorded but not used. For each request the server, in this order: takes the
 * next queued fault for the action, or else for any action, and acts on it; checks the signature
 * (HTTP 400 {@code SignatureDoesNotMatch}, 404 {@code InvalidAccessKeyId.NotFound}, 400 {@code
 * MissingAuthorization}, ...); requires a known action (404 {@code InvalidAction.NotFound}); runs
 * the action's body check (400 {@code InvalidParameter}); then answers with the action's response.
 * Every response carries {@code x-acs-request-id}; error bodies the server builds are {@code
 * {"code":..,"message":..,"requestId":..}} with that id.
 *
 * <p>HTTP/1.1 with keep-alive, {@code Content-Length} or chunked request bodies, one pooled daemon
 * thread per open connection. Thread-safe. Nothing it answers or records in a {@code toString}
 * holds an AccessKey secret or a security token.
 */
public final class MockAckServer implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final ServerSocket serverSocket;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final FaultQueues faults = new FaultQueues();
    private final RequestLog log = new RequestLog();
    private final RequestIds ids = new RequestIds();
    private final RequestProcessor processor;
    private final Thread acceptor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final URI endpoint;

    private MockAckServer(Builder builder) throws IOException {
        processor = new RequestProcessor(SignatureVerifier.of(builder.credentials.values()), builder.handlers,
                builder.bodyChecks, ids, log);
        // 127.0.0.1 by address, not "localhost": no name lookup, and never an IPv6 or external interface.
        serverSocket = new ServerSocket(builder.port, 128, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        endpoint = URI.create("http://127.0.0.1:" + serverSocket.getLocalPort());
        String name = "ackgen-mock-" + SERVERS.incrementAndGet();
        connections = Executors.newCachedThreadPool(daemonThreads(name + "-connection-"));
        acceptor = daemonThreads(name + "-").newThread(this::acceptLoop);
        acceptor.start();
    }

    /** A builder; at least one {@link Builder#credentials} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}, where clients send requests. */
    public URI endpoint() {
        return endpoint;
    }

    /** The port listened on. */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * Queues a fault for the next request for this action not already served by an earlier fault.
     *
     * @return this server, to queue more
     */
    public MockAckServer enqueue(String action, MockFault fault) {
        faults.enqueue(Objects.requireNonNull(action, "action"), Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Queues a fault for the next request for any action that no fault queued for its own action
     * serves.
     *
     * @return this server, to queue more
     */
    public MockAckServer enqueueAny(MockFault fault) {
        faults.enqueueAny(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /** Every request received since start or {@link #reset}, in order; an immutable snapshot. */
    public List<ReceivedRequest> received() {
        return log.snapshot();
    }

    /** The requests received for this action, in order; an immutable snapshot. */
    public List<ReceivedRequest> received(String action) {
        return log.snapshot(Objects.requireNonNull(action, "action"));
    }

    /**
     * Forgets the requests received and the faults still queued, and restarts request ids. Canned
     * responses, handlers and body checks stay.
     */
    public void reset() {
        faults.clear();
        log.clear();
        ids.reset();
    }

    /** Stops listening and closes every connection, waiting briefly for their threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeQuietly(serverSocket);
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The endpoint, and whether closed. */
    @Override
    public String toString() {
        return "MockAckServer[" + endpoint + (closed.get() ? ", closed" : "") + "]";
    }

    private void acceptLoop() {
        while (!closed.get()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // One failed accept (e.g. the client reset first) does not stop the server.
                continue;
            }
            open.add(socket);
            // close() may have run between accept and add: then no one else closes this socket.
            if (closed.get()) {
                open.remove(socket);
                closeQuietly(socket);
                return;
            }
            try {
                // Small request/response pairs: without it, Nagle and delayed ACKs add 40 ms stalls.
                socket.setTcpNoDelay(true);
                connections.execute(new ConnectionWorker(socket, open, faults, processor));
            } catch (IOException | RejectedExecutionException e) {
                open.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            // A test that forgets close() must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing on shutdown: nothing useful to do with a failure.
        }
    }

    /** Configures and starts a {@link MockAckServer}. Not thread-safe; use once. */
    public static final class Builder {
        private final Map<String, Credentials> credentials = new LinkedHashMap<>();
        private final Map<String, MockHandler> handlers = new LinkedHashMap<>();
        private final Map<String, BodyCheck> bodyChecks = new LinkedHashMap<>();
        private int port;

        private Builder() {}

        /**
         * Adds credentials the server accepts; call again for more AccessKey IDs. With STS
         * credentials, requests must carry their security token.
         */
        public Builder credentials(Credentials credentials) {
            Objects.requireNonNull(credentials, "credentials");
            this.credentials.put(credentials.accessKeyId(), credentials);
            return this;
        }

        /** Answers every valid request for this action with this response; replaces a handler. */
        public Builder respond(String action, MockResponse response) {
            Objects.requireNonNull(response, "response");
            return handler(action, request -> response);
        }

        /** Answers valid requests for this action with this handler; replaces a canned response. */
        public Builder handler(String action, MockHandler handler) {
            handlers.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** Checks the body of every request for this action whose signature is valid. */
        public Builder bodyCheck(String action, BodyCheck check) {
            bodyChecks.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(check, "check"));
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be within 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws IllegalStateException without credentials
         * @throws IOException when the port cannot be bound
         */
        public MockAckServer start() throws IOException {
            if (credentials.isEmpty()) {
                throw new IllegalStateException("a MockAckServer needs credentials to verify signatures");
            }
            return new MockAckServer(this);
        }

        /** The AccessKey IDs and actions configured; never a secret. */
        @Override
        public String toString() {
            return "MockAckServer.Builder[accessKeyIds=" + new ArrayList<>(credentials.keySet()) + ", actions="
                    + handlers.keySet() + ", bodyChecks=" + bodyChecks.keySet() + ", port=" + port + "]";
        }
    }
}
