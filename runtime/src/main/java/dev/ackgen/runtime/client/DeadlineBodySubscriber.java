package dev.ackgen.runtime.client;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads a response body into bytes, and gives up when the body is not complete by a deadline or
 * grows past {@link #MAX_BODY_BYTES} (no ACK answer comes near it; a misbehaving proxy could).
 * java.net.http's own request timeout stops at the response headers: a server that sends headers
 * and then stalls would hold the caller forever. Failing the body with {@link
 * HttpTimeoutException} (and cancelling the subscription, which closes the connection) ends the
 * exchange, in {@code send} as in {@code sendAsync}, without moving it to another thread.
 */
final class DeadlineBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** The largest body read into memory. */
    static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    /** One timer thread for every transport: a deadline is a tiny task, almost always cancelled. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ScheduledFuture<?> deadline;
    private volatile Flow.Subscription subscription;
    private long received;

    /**
     * @param deadlineNanos the {@link System#nanoTime()} by which the body must be complete
     * @param timeout the whole timeout, for the message
     */
    DeadlineBodySubscriber(long deadlineNanos, Duration timeout) {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        this.deadline = TIMER.schedule(() -> expire(timeout), remaining, TimeUnit.NANOSECONDS);
        bytes.getBody().whenComplete((value, failure) -> {
            deadline.cancel(false);
            if (failure == null) {
                body.complete(value);
            } else {
                body.completeExceptionally(failure);
            }
        });
    }

    /** A body handler whose bodies must be complete by the deadline. */
    static HttpResponse.BodyHandler<byte[]> handler(long deadlineNanos, Duration timeout) {
        return responseInfo -> new DeadlineBodySubscriber(deadlineNanos, timeout);
    }

    private void expire(Duration timeout) {
        if (body.completeExceptionally(new HttpTimeoutException("no complete response within " + timeout))) {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        for (ByteBuffer buffer : item) {
            received += buffer.remaining();
        }
        if (received > MAX_BODY_BYTES) {
            if (body.completeExceptionally(new IOException("the response body is larger than " + MAX_BODY_BYTES + " bytes"))) {
                deadline.cancel(false);
                subscription.cancel();
            }
            return;
        }
        bytes.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        bytes.onError(throwable);
    }

    @Override
    public void onComplete() {
        bytes.onComplete();
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "ackgen-http-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
