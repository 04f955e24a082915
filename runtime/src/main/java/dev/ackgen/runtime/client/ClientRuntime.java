package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.PercentEncoding;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 *   <li>The request surely did not reach ACK ({@link RequestNotSentException}: no connection) or
 *       ACK said it was throttled (HTTP 429 or a {@code Throttling*} code): retried, whatever the
 *       method, because ACK did nothing.
 *   <li>An I/O failure or a timeout after sending, or a 5xx answer: retried only for reads
 *       ({@code GET}, {@code HEAD}). A {@code POST} such as CreateCluster may have been carried out,
 *       and sending it again could create a second cluster; the caller gets the failure, with
 *       {@link AckClientException#mayHaveReachedServer()} true.
 *   <li>Anything else (4xx, unreadable 2xx): not retried.
 * </ul>
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
        URI endpoint = settings.endpoint();
        this.host = endpoint.getRawAuthority();
        this.baseUri = endpoint.getScheme() + "://" + host;
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
     * @return the response body as the call's reader makes it; null when the body is empty
     * @throws AckServiceException when ACK answers with an error (after any retries)
     * @throws AckClientException when no usable answer arrives
     */
    public <T> T call(ApiCall<T> call) {
        for (int attempt = 1; ; attempt++) {
            TransportRequest request = signed(call);
            AckException failure;
            try {
                TransportResponse response = settings.transport().send(request);
                if (response.isSuccess()) {
                    return decode(call, response);
                }
                failure = AckServiceException.of(call.action(), response, ApiCall.JSON);
            } catch (IOException e) {
                failure = ioFailure(call, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AckClientException(call.action(), "interrupted", true, e);
            }
            if (!shouldRetry(call, failure, attempt)) {
                throw failure;
            }
            sleep(call, settings.retryPolicy().delayBefore(attempt));
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
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        }, ForkJoinPool.commonPool());
        return result;
    }

    private <T> CompletableFuture<T> attemptAsync(ApiCall<T> call, int attempt) {
        TransportRequest request;
        try {
            request = signed(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return settings.transport().sendAsync(request).handle((response, thrown) -> {
            Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
            AckException failure;
            if (cause == null) {
                if (response.isSuccess()) {
                    return CompletableFuture.completedFuture(decode(call, response));
                }
                failure = AckServiceException.of(call.action(), response, ApiCall.JSON);
            } else if (cause instanceof IOException io) {
                failure = ioFailure(call, io);
            } else {
                return CompletableFuture.<T>failedFuture(cause);
            }
            if (!shouldRetry(call, failure, attempt)) {
                return CompletableFuture.<T>failedFuture(failure);
            }
            long delay = settings.retryPolicy().delayBefore(attempt).toMillis();
            Executor later = CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later).thenCompose(ignored -> attemptAsync(call, attempt + 1));
        }).thenCompose(next -> next);
    }

    /** Signs the call for one attempt: a fresh date, nonce and set of credentials each time. */
    TransportRequest signed(ApiCall<?> call) {
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
        call.headers().forEach(headers::putIfAbsent);
        Credentials credentials = settings.credentials().credentials();
        SignableRequest signable = version.signer().sign(
                new SignableRequest(call.method(), call.path(), call.query(), headers, call.body()), credentials);
        return new TransportRequest(call.method(), uri(call), signable.headers(), call.body(), settings.readTimeout());
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

    private static <T> T decode(ApiCall<T> call, TransportResponse response) {
        byte[] body = response.body();
        if (body.length == 0) {
            return null;
        }
        try (JsonParser parser = ApiCall.JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return null;
            }
            return call.reader().read(parser);
        } catch (IOException e) {
            String requestId = response.header("x-acs-request-id").map(id -> " (request id " + id + ")").orElse("");
            throw new AckClientException(call.action(), "the response (HTTP " + response.status()
                    + ") could not be read: " + e.getMessage() + requestId, true, e);
        }
    }

    private static AckClientException ioFailure(ApiCall<?> call, IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new AckTimeoutException(call.action(), "no response within the read timeout", e);
        }
        boolean notSent = e instanceof RequestNotSentException;
        return new AckClientException(call.action(), (notSent ? "could not connect: " : "I/O failure: ")
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), !notSent, e);
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

    private static void sleep(ApiCall<?> call, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AckClientException(call.action(), "interrupted while waiting to retry", true, e);
        }
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
