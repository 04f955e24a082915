package dev.ackgen.runtime.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The default transport: {@link java.net.http.HttpClient} over HTTP/1.1, one client per transport
 * so connections are pooled and reused across calls and threads.
 *
 * <p>HTTP/1.1 because that is what the official SDK speaks to ACK and what its signatures were
 * captured over; an upgrade to h2c would add headers nobody signed. Redirects are not followed: a
 * signed request must go where it was signed for.
 *
 * <p>The request's timeout bounds the whole exchange, body included ({@link DeadlineBodySubscriber}):
 * java.net.http's own timeout stops at the response headers, and a body that stalls would
 * otherwise hold the caller forever.
 *
 * <p>The client of {@link #create} runs its internal tasks on its own I/O thread instead of
 * handing each one to a thread pool: on a fast network that halves the time per call (measured in
 * bench/). Caller code still never runs on that thread: java.net.http completes the futures of
 * {@code sendAsync} on its own async pool, and {@link ClientRuntime} hands results on as well.
 */
public final class JdkHttpTransport implements Transport {
    /**
     * Headers java.net.http sets itself and refuses to take from callers. It derives {@code host}
     * from the URI, as {@link ClientRuntime} signs it (without a default port).
     */
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");
    /** Makes java.net.http resend a POST on a dropped pooled connection: a CreateCluster could run twice. */
    static final String ALL_METHOD_RETRY = "jdk.httpclient.enableAllMethodRetry";

    private final HttpClient client;

    private JdkHttpTransport(HttpClient client) {
        if (System.getProperty(ALL_METHOD_RETRY) != null) {
            throw new IllegalStateException("the system property " + ALL_METHOD_RETRY + " is set: java.net.http would "
                    + "resend requests that create things (CreateCluster) on its own; unset it to use this transport");
        }
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

    /**
     * A transport over a client the caller configured (proxy, SSL context). It should speak
     * HTTP/1.1 and not follow redirects, as {@link #create}'s does.
     */
    public static JdkHttpTransport using(HttpClient client) {
        return new JdkHttpTransport(Objects.requireNonNull(client, "client"));
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        return toResponse(client.send(toHttpRequest(request), bodyHandler(request)));
    }

    @Override
    public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return client.sendAsync(httpRequest, bodyHandler(request)).thenApply(JdkHttpTransport::toResponse);
    }

    /** Bodies must be complete within the request's timeout, counted from now. */
    private static HttpResponse.BodyHandler<byte[]> bodyHandler(TransportRequest request) {
        return DeadlineBodySubscriber.handler(System.nanoTime() + request.timeout().toNanos(), request.timeout());
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

    @Override
    public String toString() {
        return "JdkHttpTransport[" + client.version() + "]";
    }
}
