package dev.ackgen.mock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong for one request, queued on a {@link MockAckServer} with {@link
 * MockAckServer#enqueue} (for one action) or {@link MockAckServer#enqueueAny} (for any action).
 * Each queued fault is used by exactly one request, in the order queued; a fault for the action
 * is used before a fault for any action. Faults apply before the signature is checked, as a
 * throttling front end or a broken network would. Immutable.
 */
public final class MockFault {
    /** What the fault does; the server switches on it. */
    enum Kind {
        /** An ACK-style JSON error body. */
        ERROR,
        /** A body the client cannot parse as an ACK error: any content type, any text, or none. */
        RAW,
        /** Wait, then answer as without a fault. */
        DELAY,
        /** Read the whole request, record it, close the connection without answering. */
        DROP,
        /** Close the connection after reading the request head, before the body. */
        DROP_BEFORE_READING
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final String message;
    private final String contentType;
    private final byte[] body;
    private final Duration delay;

    private MockFault(Kind kind, int status, String code, String message, String contentType, byte[] body,
            Duration delay) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.message = message;
        this.contentType = contentType;
        this.body = body;
        this.delay = delay;
    }

    /**
     * An error answered as ACK does: {@code {"code":..,"message":..,"requestId":..}} with the
     * request id the response header carries.
     *
     * @param status the HTTP status, 400..599
     */
    public static MockFault error(int status, String code, String message) {
        checkErrorStatus(status);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        return new MockFault(Kind.ERROR, status, code, message, null, null, null);
    }

    /** HTTP 429 {@code Throttling.User}, what ACK answers when a user sends too many requests. */
    public static MockFault throttle() {
        return error(429, "Throttling.User", "Request was denied due to user flow control.");
    }

    /**
     * An error whose body is not an ACK error: HTML from a proxy, plain text, or nothing.
     *
     * @param status the HTTP status, 400..599
     * @param contentType the {@code Content-Type} value, or {@code null} to send none
     * @param body the body text, sent as UTF-8; {@code null} or empty for none
     */
    public static MockFault rawBody(int status, String contentType, String body) {
        checkErrorStatus(status);
        MockResponse.of(status, contentType, null); // validates the content type
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return new MockFault(Kind.RAW, status, null, null, contentType, bytes, null);
    }

    /**
     * Waits this long after reading the request, then answers as without a fault: for client
     * timeouts. The wait ends early when the server closes.
     */
    public static MockFault delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        return new MockFault(Kind.DELAY, 0, null, null, null, null, delay);
    }

    /**
     * Reads the whole request, records it (with {@link ReceivedRequest#dropped} true), then closes
     * the connection without a byte of response: the server got the request, the client cannot
     * know. The signature is checked and recorded but not acted on.
     *
     * <p>Note that java.net.http sends an idempotent request (GET) once more by itself when a
     * reused connection closes before any response; the second request then uses the next fault,
     * if any. A POST fails with an {@link java.io.IOException}.
     */
    public static MockFault dropConnection() {
        return new MockFault(Kind.DROP, 0, null, null, null, null, null);
    }

    /**
     * Closes the connection right after reading the request line and headers, before the body,
     * and records nothing: the request never got through.
     */
    public static MockFault dropBeforeReading() {
        return new MockFault(Kind.DROP_BEFORE_READING, 0, null, null, null, null, null);
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }

    String contentType() {
        return contentType;
    }

    byte[] bodyBytes() {
        return body;
    }

    Duration delayDuration() {
        return delay;
    }

    /** The kind and its parameters; a raw body by its length only. */
    @Override
    public String toString() {
        switch (kind) {
            case ERROR:
                return "MockFault.error(" + status + ", " + code + ")";
            case RAW:
                return "MockFault.rawBody(" + status + ", " + contentType + ", " + body.length + " bytes)";
            case DELAY:
                return "MockFault.delay(" + delay + ")";
            case DROP:
                return "MockFault.dropConnection()";
            default:
                return "MockFault.dropBeforeReading()";
        }
    }

    private static void checkErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is within 400..599: " + status);
        }
    }
}
