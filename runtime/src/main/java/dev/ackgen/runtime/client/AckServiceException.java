package dev.ackgen.runtime.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ACK answered with an error status. Carries the HTTP status and, when the body is an ACK error
 * document, its code, message, request id and recommendation (ACK spells the members {@code code}
 * or {@code Code}, {@code message} or {@code Message}, {@code requestId} or {@code RequestId}; both
 * are read). A body that is not such a document (an HTML page from a proxy, nothing at all) still
 * gives a useful message: the status and the start of the body.
 */
public final class AckServiceException extends AckException {
    private static final long serialVersionUID = 1L;
    /** How much of an unreadable body goes into the message. */
    static final int BODY_EXCERPT = 200;

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String recommend;
    private final Duration retryAfter;

    private AckServiceException(String action, int statusCode, String errorCode, String errorMessage,
            String requestId, String recommend, Duration retryAfter, String detail) {
        super(action, action + " failed: " + detail, null);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.recommend = recommend;
        this.retryAfter = retryAfter;
    }

    /**
     * The exception for an error response. The request id comes from the body, else from the
     * {@code x-acs-request-id} header.
     */
    public static AckServiceException of(String action, TransportResponse response, JsonFactory json) {
        return of(action, response, json, List.of());
    }

    /**
     * The exception for an error response, with every one of these secrets blanked out of the
     * message and the error message (ACK may echo a password it rejected, or quote a security
     * token in the string to sign it could not match).
     */
    public static AckServiceException of(String action, TransportResponse response, JsonFactory json, List<String> secrets) {
        ErrorDocument document = ErrorDocument.parse(response.body(), json);
        String message = document.message == null ? null : Redaction.apply(document.message, secrets);
        String requestId = document.requestId != null ? document.requestId
                : response.header("x-acs-request-id").orElse(null);
        StringBuilder detail = new StringBuilder("HTTP ").append(response.status());
        if (document.code != null) {
            detail.append(' ').append(document.code);
        }
        if (message != null) {
            detail.append(": ").append(message);
        } else if (document.code == null) {
            detail.append(response.body().length == 0 ? ", empty body"
                    : ", body: " + Redaction.apply(excerpt(response.body()), secrets));
        }
        if (requestId != null) {
            detail.append(" (request id ").append(requestId).append(')');
        }
        return new AckServiceException(action, response.status(), document.code, message, requestId,
                document.recommend, retryAfter(response), detail.toString());
    }

    /** {@code Retry-After} in seconds, as ACK's gateways send it; an HTTP date is not used. */
    private static Duration retryAfter(TransportResponse response) {
        String value = response.header("retry-after").map(String::trim).orElse("");
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    /** The HTTP status code. */
    public int statusCode() {
        return statusCode;
    }

    /** ACK's error code, e.g. {@code ErrorClusterNotFound}; empty when the body held none. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** ACK's error message, secrets of the call blanked out; empty when the body held none. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The request id to quote to Alibaba Cloud support; empty when ACK sent none. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** ACK's diagnosis link, when it sent one. */
    public Optional<String> recommend() {
        return Optional.ofNullable(recommend);
    }

    /** How long ACK asked the client to wait ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether ACK refused the call for its rate: HTTP 429, or a code starting with {@code Throttling}. */
    public boolean isThrottling() {
        return statusCode == 429 || (errorCode != null && errorCode.startsWith("Throttling"));
    }

    /** The body as printable text, cut short: control characters become {@code ?}. */
    private static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, BODY_EXCERPT * 4), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(BODY_EXCERPT).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > BODY_EXCERPT || body.length > BODY_EXCERPT * 4) {
            out.append("... (").append(body.length).append(" bytes)");
        }
        return out.toString();
    }

    /** The members of an ACK error document; all null when the body is not one. */
    private static final class ErrorDocument {
        String code;
        String message;
        String requestId;
        String recommend;

        static ErrorDocument parse(byte[] body, JsonFactory json) {
            ErrorDocument document = new ErrorDocument();
            if (body.length == 0) {
                return document;
            }
            try (JsonParser parser = json.createParser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return document;
                }
                String member;
                while ((member = parser.nextFieldName()) != null) {
                    JsonToken token = parser.nextToken();
                    if (token.isStructStart()) {
                        parser.skipChildren();
                        continue;
                    }
                    String value = token == JsonToken.VALUE_NULL ? null : parser.getText();
                    switch (member.toLowerCase(Locale.ROOT)) {
                        case "code" -> document.code = value;
                        case "message" -> document.message = value;
                        case "requestid", "request_id" -> document.requestId = value;
                        case "recommend" -> document.recommend = value;
                        default -> { }
                    }
                }
                return document;
            } catch (IOException e) {
                return new ErrorDocument(); // not JSON: the caller quotes the body instead
            }
        }
    }
}
