package dev.ackgen.runtime.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The default transport: {@link java.net.http.HttpClient} over HTTP/1.1, one client per transport
 * so connections are pooled and reused across calls and threads.
 *
 * <p>HTTP/1.1 because that is what the official SDK speaks to ACK and what its signatures were
 * captured over; an upgrade to h2c would add headers nobody signed.
 *
 * <p>The client of {@link #create} runs its internal tasks on its own I/O thread instead of
 * handing each one to a thread pool: on a fast network that halves the time per call (measured in
 * bench/). Caller code still never runs on that thread: java.net.http completes the futures of
 * {@code sendAsync} on its own async pool, and {@link ClientRuntime} hands results on as well.
 */
public final class JdkHttpTransport implements Transport {
    /**
     * Headers java.net.http sets itself and refuses to take from callers. {@code host} is derived
     * from the URI, which is exactly what the client signed.
     */
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient client;

    private JdkHttpTransport(HttpClient client) {
        this.client = client;
    }

    /** A transport whose connections time out after this long. */
    public static JdkHttpTransport create(Duration connectTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        return new JdkHttpTransport(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Runnable::run)
                .build());
    }

    /** A transport over a client the caller configured (proxy, SSL context, executor). */
    public static JdkHttpTransport using(HttpClient client) {
        return new JdkHttpTransport(Objects.requireNonNull(client, "client"));
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        try {
            return toResponse(client.send(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw classify(e);
        }
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure == null) {
                        return toResponse(response);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    throw new CompletionException(cause instanceof IOException io ? classify(io) : cause);
                });
    }

    private static HttpRequest toHttpRequest(TransportRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(request.timeout())
                .method(request.method(), request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            if (!SET_BY_HTTP_CLIENT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                builder.header(header.getKey(), header.getValue());
            }
        }
        return builder.build();
    }

    private static TransportResponse toResponse(HttpResponse<byte[]> response) {
        return new TransportResponse(response.statusCode(), response.headers().map(), response.body());
    }

    /** Failures that happen before a connection exists cannot have delivered the request. */
    private static IOException classify(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return new RequestNotSentException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return e;
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[" + client.version() + "]";
    }
}
