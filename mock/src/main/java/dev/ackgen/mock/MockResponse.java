package dev.ackgen.mock;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A response the mock server sends: status, content type, body bytes and extra headers.
 * Immutable; the body is copied in and out. The server adds {@code Content-Length}, {@code
 * x-acs-request-id} and, when it closes the connection, {@code Connection: close} itself.
 */
public final class MockResponse {
    /** The content type of {@link #json} responses, as ACK sends it. */
    public static final String JSON = "application/json;charset=utf-8";

    /** Headers the server writes itself: a response that set them could break the framing. */
    private static final Set<String> RESERVED =
            Set.of("content-length", "transfer-encoding", "connection", "x-acs-request-id", "content-type");

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers;

    private MockResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be within 200..599: " + status);
        }
        if ((status == 204 || status == 304) && body.length > 0) {
            throw new IllegalArgumentException("a " + status + " response has no body");
        }
        if (contentType != null) {
            checkValue("content type", contentType);
        }
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    /**
     * A JSON response with content type {@value #JSON}.
     *
     * @param status the HTTP status, 200..599
     * @param json the body text, sent as UTF-8; not checked to be JSON, so a test can send broken JSON
     */
    public static MockResponse json(int status, String json) {
        Objects.requireNonNull(json, "json");
        return new MockResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * A response with any content type and body.
     *
     * @param status the HTTP status, 200..599
     * @param contentType the {@code Content-Type} value, or {@code null} to send none
     * @param body the body bytes, copied; {@code null} means empty
     */
    public static MockResponse of(int status, String contentType, byte[] body) {
        return new MockResponse(status, contentType, body == null ? new byte[0] : body.clone(), Map.of());
    }

    /** A response without body and without content type, e.g. {@code 202} or {@code 204}. */
    public static MockResponse empty(int status) {
        return new MockResponse(status, null, new byte[0], Map.of());
    }

    /**
     * This response with one more header, replacing one of the same name (ignoring case).
     *
     * @throws IllegalArgumentException for a header the server writes itself ({@code Content-Length},
     *     {@code Transfer-Encoding}, {@code Connection}, {@code Content-Type}, {@code
     *     x-acs-request-id}), or a name or value that is no valid header
     */
    public MockResponse withHeader(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c >= 0x7F || c == ':')) {
            throw new IllegalArgumentException("header name must be a non-empty token");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the server writes " + name + " itself");
        }
        checkValue("header " + name, value);
        Map<String, String> copy = new LinkedHashMap<>();
        headers.forEach((n, v) -> {
            if (!n.equalsIgnoreCase(name)) {
                copy.put(n, v);
            }
        });
        copy.put(name, value);
        return new MockResponse(status, contentType, body, Collections.unmodifiableMap(copy));
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@code Content-Type} value, if one is sent. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** A copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The body bytes, not copied: for the server, which never changes them. */
    byte[] bodyBytes() {
        return body;
    }

    /** The extra headers, in the order added; unmodifiable. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Status, content type, header names and body length; never the body. */
    @Override
    public String toString() {
        return "MockResponse[" + status + ", contentType=" + contentType + ", headers=" + headers.keySet()
                + ", body=" + body.length + " bytes]";
    }

    private static void checkValue(String what, String value) {
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c >= 0x100)) {
            throw new IllegalArgumentException(what + " holds CR, LF or a character beyond Latin-1");
        }
    }
}
