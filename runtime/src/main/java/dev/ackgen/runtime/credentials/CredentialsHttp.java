package dev.ackgen.runtime.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP calls of the credentials providers, over {@link HttpClient}: HTTP/1.1, no redirects
 * (a token must not follow one elsewhere), a connect timeout and a read timeout that bounds the
 * whole answer, body included. Failures become {@link CredentialsUnavailableException}s naming the
 * provider, the method and the URL without its query or user info; never a request body.
 */
final class CredentialsHttp {
    /** An answer's status and body. The body may hold secrets: never put it in a message. */
    record Answer(int status, String body) {}

    private final String provider;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final boolean direct;
    private volatile HttpClient client;

    /**
     * @param direct connect without a proxy, as the link-local metadata service needs
     */
    CredentialsHttp(String provider, Duration connectTimeout, Duration readTimeout, boolean direct) {
        this.provider = provider;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.direct = direct;
    }

    Answer get(URI uri, Map<String, String> headers) {
        return send("GET", uri, headers, null, null);
    }

    Answer put(URI uri, Map<String, String> headers) {
        return send("PUT", uri, headers, "", null);
    }

    Answer postForm(URI uri, String form) {
        return send("POST", uri, Map.of(), form, "application/x-www-form-urlencoded");
    }

    /** What a failure message starts with: the provider, the method and the URL as it may be shown. */
    String describe(String method, URI uri) {
        return provider + ": " + method + " " + Endpoints.shown(uri);
    }

    private Answer send(String method, URI uri, Map<String, String> headers, String body, String contentType) {
        CompletableFuture<HttpResponse<String>> future;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout);
            headers.forEach(request::header);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.header("Accept", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            future = client().sendAsync(request.build(), info -> new LimitedBody());
        } catch (IllegalArgumentException e) {
            // A header value java.net.http refuses (a token with a line break): its message might quote it.
            throw failure(method, uri, "the request could not be made (" + e.getClass().getSimpleName() + ")");
        }
        try {
            // java.net.http's request timeout ends at the headers; this bounds the body too.
            HttpResponse<String> response = future.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failure(method, uri, "no complete answer within the read timeout of " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw failure(method, uri, "interrupted");
        } catch (ExecutionException e) {
            throw failure(method, uri, reason(e.getCause()));
        }
    }

    private String reason(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within the connect timeout of " + connectTimeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within the read timeout of " + readTimeout.toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "could not connect (" + cause.getClass().getSimpleName() + ")";
        }
        if (cause instanceof IOException) {
            // I/O messages name hosts and states, not what was sent.
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return String.valueOf(cause == null ? "unknown failure" : cause.getClass().getSimpleName());
    }

    private CredentialsUnavailableException failure(String method, URI uri, String why) {
        return new CredentialsUnavailableException(describe(method, uri) + " failed: " + why);
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    HttpClient.Builder b = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER);
                    if (direct) {
                        b.proxy(HttpClient.Builder.NO_PROXY);
                    }
                    c = b.build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** The most bytes an answer may have: credentials are a few hundred; a larger one is not an answer. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    /**
     * An answer's body as UTF-8 text, refused past {@link #MAX_ANSWER_BYTES}: a server that keeps
     * sending (a hostile metadata or credentials URI endpoint) must not fill the heap.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<String> {
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return; // refused already; what is still in flight is dropped
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > MAX_ANSWER_BYTES) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
