package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.PercentEncoding;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What a generated client delegates to: signs each {@link ApiCall}, sends it, retries what is safe
 * to retry, and turns the answer into a value or a typed exception. Thread-safe; one per client.
 *
 * <p>Retry rules. Every attempt is signed afresh (new date, new nonce, credentials asked again).
 * <ul>
 *   <li>The request surely did not reach ACK (no connection could be made: {@link
 *       RequestNotSentException}, {@link ConnectException}, {@link HttpConnectTimeoutException},
 *       {@link UnknownHostException}, {@link NoRouteToHostException}) or ACK said it was throttled
 *       (HTTP 429 or a {@code Throttling*} code): retried, whatever the method, because ACK did
 *       nothing. A throttled retry waits at least the policy's base delay and at least what ACK's
 *       {@code Retry-After} asks (up to the policy's maximum delay).
 *   <li>An I/O failure or a timeout after sending, or a 5xx answer: retried only for reads
 *       ({@code GET}, {@code HEAD}). A {@code POST} such as CreateCluster may have been carried out,
 *       and sending it again could create a second cluster; the caller gets the failure, with
 *       {@link AckClientException#mayHaveReachedServer()} true.
 *   <li>Anything else (4xx, unreadable 2xx): not retried.
 * </ul>
 *
 * <p>Exception messages never hold the credentials' secret or token, nor the values the call
 * marked secret (see {@link ApiCall.Builder#secret}), even when ACK echoes them back.
 */
public final class ClientRuntime implements AutoCloseable {
    private final ClientSettings settings;
    private final String apiVersion;
    private final String host;
    private final String baseUri;

    /**
     * @param settings the client's settings
     * @param apiVersion the API version sent in {@code x-acs-version}, e.g. {@code 2015-12-15}
     */
    public ClientRuntime(ClientSettings settings, String apiVersion) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
        this.host = hostHeader(settings.endpoint());
        this.baseUri = settings.endpoint().getScheme() + "://" + host;
    }

    /**
     * The {@code host} header as HTTP clients send it for this endpoint, and so as it must be
     * signed: the authority without a default port ({@code :443} for https, {@code :80} for http).
     */
    static String hostHeader(URI endpoint) {
        String authority = endpoint.getRawAuthority();
        int port = endpoint.getPort();
        boolean defaultPort = (port == 443 && "https".equals(endpoint.getScheme()))
                || (port == 80 && "http".equals(endpoint.getScheme()));
        return defaultPort ? authority.substring(0, authority.length() - (":" + port).length()) : authority;
    }

    /** Whether generated code should validate requests before building calls. */
    public boolean validatesBeforeSend() {
        return settings.validateBeforeSend();
    }

    /** The settings this runtime runs with. */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * Sends the call and waits for its result.
     *
     * @return the response body as the call's reader makes it; null for calls built with {@link
     *     ApiCall#noContent()}
     * @throws AckServiceException when ACK answers with an error (after any retries)
     * @throws AckClientException when no usable answer arrives
     */
    public <T> T call(ApiCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            Attempt signed = signed(call);
            AckException failure;
            try {
                TransportResponse response = settings.transport().send(signed.request);
                if (response.isSuccess()) {
                    return decode(call, response, signed.redactions);
                }
                failure = AckServiceException.of(call.action(), response, ApiCall.JSON, signed.redactions);
            } catch (IOException e) {
                failure = ioFailure(call, e, signed.redactions);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AckClientException(call.action(), "interrupted", true, e);
            }
            if (!shouldRetry(call, failure, attempt)) {
                throw failure;
            }
            sleep(call, delayBefore(attempt, failure));
        }
    }

    /**
     * Sends the call without blocking. The future completes with what {@link #call} would return
     * or fails with what it would throw.
     *
     * @param call builds the call; if that throws (an invalid request), the future fails with it
     */
    public <T> CompletableFuture<T> callAsync(Supplier<ApiCall<T>> call) {
        ApiCall<T> built;
        try {
            built = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        // A transport may complete its futures on its I/O thread: hand the outcome to another
        // thread, so that a caller's continuation that blocks cannot stall that I/O.
        CompletableFuture<T> result = new CompletableFuture<>();
        attemptAsync(built, 1).whenCompleteAsync((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(unwrap(failure));
            }
        }, ForkJoinPool.commonPool());
        return result;
    }

    private <T> CompletableFuture<T> attemptAsync(ApiCall<T> call, int attempt) {
        Attempt signed;
        CompletableFuture<TransportResponse> sent;
        try {
            signed = signed(call);
            sent = settings.transport().sendAsync(signed.request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, thrown) -> {
            Throwable cause = unwrap(thrown);
            AckException failure;
            if (cause == null) {
                if (response.isSuccess()) {
                    return CompletableFuture.completedFuture(decode(call, response, signed.redactions));
                }
                failure = AckServiceException.of(call.action(), response, ApiCall.JSON, signed.redactions);
            } else if (cause instanceof IOException io) {
                failure = ioFailure(call, io, signed.redactions);
            } else {
                return CompletableFuture.<T>failedFuture(cause);
            }
            if (!shouldRetry(call, failure, attempt)) {
                return CompletableFuture.<T>failedFuture(failure);
            }
            Executor later = CompletableFuture.delayedExecutor(delayBefore(attempt, failure).toMillis(), TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later).thenCompose(ignored -> attemptAsync(call, attempt + 1));
        }).thenCompose(next -> next);
    }

    /** One attempt's request, and what must not show in its errors. */
    private record Attempt(TransportRequest request, List<String> redactions) {}

    /** Signs the call for one attempt: a fresh date, nonce and set of credentials each time. */
    Attempt signed(ApiCall<?> call) {
        SignatureVersion version = settings.signatureVersion();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-acs-action", call.action());
        headers.put("x-acs-version", apiVersion);
        headers.put("accept", "application/json");
        if (call.body().length > 0) {
            headers.put("content-type", "application/json; charset=utf-8");
        }
        headers.put(version.dateHeader(), version.date(settings.clock().instant()));
        headers.put("x-acs-signature-nonce", settings.nonceSource().get());
        headers.put("user-agent", settings.userAgent());
        if (!call.headers().isEmpty()) {
            // The protocol's headers win over an operation's header of the same name, in any case.
            TreeMap<String, String> protocol = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            protocol.putAll(headers);
            call.headers().forEach((name, value) -> {
                if (!protocol.containsKey(name)) {
                    headers.put(name, value);
                }
            });
        }
        Credentials credentials = settings.credentials().credentials();
        SignableRequest signable = version.signer().sign(
                new SignableRequest(call.method(), call.path(), call.query(), headers, call.body()), credentials);
        List<String> redactions = new ArrayList<>(call.secrets());
        redactions.add(credentials.accessKeySecret());
        credentials.securityToken().ifPresent(redactions::add);
        return new Attempt(new TransportRequest(call.method(), uri(call), signable.headers(), call.body(), settings.readTimeout()),
                redactions);
    }

    private URI uri(ApiCall<?> call) {
        StringBuilder uri = new StringBuilder(baseUri).append(PercentEncoding.encodePath(call.path()));
        char separator = '?';
        for (Map.Entry<String, String> parameter : call.query().entrySet()) {
            uri.append(separator).append(PercentEncoding.encode(parameter.getKey()))
                    .append('=').append(PercentEncoding.encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static <T> T decode(ApiCall<T> call, TransportResponse response, List<String> redactions) {
        if (call.reader() == ApiCall.noContent()) {
            return null;
        }
        String requestId = response.header("x-acs-request-id").map(id -> " (request id " + id + ")").orElse("");
        byte[] body = response.body();
        try (JsonParser parser = ApiCall.JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new AckClientException(call.action(), "the response (HTTP " + response.status()
                        + ") has no body, where the operation returns one" + requestId, true, null);
            }
            return call.reader().read(parser);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AckClientException known) {
                throw known;
            }
            throw new AckClientException(call.action(), "the response (HTTP " + response.status()
                    + ") could not be read: " + Redaction.apply(String.valueOf(e.getMessage()), redactions) + requestId,
                    true, null);
        }
    }

    private static AckClientException ioFailure(ApiCall<?> call, IOException e, List<String> redactions) {
        String detail = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + Redaction.apply(e.getMessage(), redactions));
        if (surelyNotSent(e)) {
            return new AckClientException(call.action(), "could not connect: " + detail, false, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new AckTimeoutException(call.action(), "no complete response within the read timeout", e);
        }
        return new AckClientException(call.action(), "I/O failure: " + detail, true, e);
    }

    /** Failures that happen before a connection exists cannot have delivered the request. */
    static boolean surelyNotSent(IOException e) {
        return e instanceof RequestNotSentException || e instanceof ConnectException
                || e instanceof HttpConnectTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    private boolean shouldRetry(ApiCall<?> call, AckException failure, int attempt) {
        if (attempt >= settings.retryPolicy().maxAttempts()) {
            return false;
        }
        if (failure instanceof AckServiceException service) {
            return service.isThrottling() || (service.statusCode() >= 500 && call.isIdempotent());
        }
        AckClientException client = (AckClientException) failure;
        return !client.mayHaveReachedServer() || call.isIdempotent();
    }

    /**
     * The policy's delay; for throttling at least its base delay (full jitter may give zero, and a
     * throttled client must back off) and at least what {@code Retry-After} asks, within the
     * policy's maximum.
     */
    private Duration delayBefore(int attempt, AckException failure) {
        RetryPolicy policy = settings.retryPolicy();
        Duration delay = policy.delayBefore(attempt);
        if (failure instanceof AckServiceException service && (service.isThrottling() || service.statusCode() == 503)) {
            if (service.isThrottling() && delay.compareTo(policy.baseDelay()) < 0) {
                delay = policy.baseDelay();
            }
            Duration asked = service.retryAfter().orElse(Duration.ZERO);
            if (asked.compareTo(delay) > 0) {
                delay = asked.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : asked;
            }
        }
        return delay;
    }

    private static void sleep(ApiCall<?> call, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AckClientException(call.action(), "interrupted while waiting to retry", true, e);
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        return thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    /** Closes the transport if the client made it. */
    @Override
    public void close() {
        if (settings.ownsTransport()) {
            settings.transport().close();
        }
    }

    @Override
    public String toString() {
        return "ClientRuntime[" + settings + ", apiVersion=" + apiVersion + "]";
    }
}
