package dev.ackgen.mock;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A request the mock server received, with what it made of it: the action, the signature check
 * and the status it answered (or that it dropped the connection). Immutable; the body is copied
 * out. {@link #toString} shows header names only and the body length only, since headers carry
 * the {@code Authorization} and the security token and bodies carry passwords.
 */
public final class ReceivedRequest {
    private final String requestId;
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String action;
    private final SignatureCheck signatureCheck;
    private final int status;
    private final boolean dropped;

    ReceivedRequest(String requestId, String method, String rawPath, String rawQuery, String path,
            Map<String, String> query, Map<String, String> headers, byte[] body, String action,
            SignatureCheck signatureCheck) {
        this(requestId, method, rawPath, rawQuery, path, Collections.unmodifiableMap(query),
                ignoringCase(headers), body, action, signatureCheck, 0, false);
    }

    private ReceivedRequest(String requestId, String method, String rawPath, String rawQuery, String path,
            Map<String, String> query, Map<String, String> headers, byte[] body, String action,
            SignatureCheck signatureCheck, int status, boolean dropped) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.method = Objects.requireNonNull(method, "method");
        this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
        this.rawQuery = rawQuery;
        this.path = Objects.requireNonNull(path, "path");
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.action = action;
        this.signatureCheck = Objects.requireNonNull(signatureCheck, "signatureCheck");
        this.status = status;
        this.dropped = dropped;
    }

    private static Map<String, String> ignoringCase(Map<String, String> headers) {
        TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(headers);
        return Collections.unmodifiableMap(map);
    }

    /** This request as answered with this status. */
    ReceivedRequest answered(int answeredStatus) {
        return new ReceivedRequest(requestId, method, rawPath, rawQuery, path, query, headers, body, action,
                signatureCheck, answeredStatus, false);
    }

    /** This request as dropped without answer. */
    ReceivedRequest droppedUnanswered() {
        return new ReceivedRequest(requestId, method, rawPath, rawQuery, path, query, headers, body, action,
                signatureCheck, 0, true);
    }

    /**
     * The request id the server gave this request, sent back as {@code x-acs-request-id} (and as
     * {@code requestId} in error bodies the server builds). Deterministic: a per-server counter
     * written like a UUID, restarting at {@link MockAckServer#reset}.
     */
    public String requestId() {
        return requestId;
    }

    /** The HTTP method as received, e.g. {@code POST}. */
    public String method() {
        return method;
    }

    /** The path as on the wire, still percent-encoded, without the query. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string as on the wire, without {@code ?}; empty when the target had none. */
    public Optional<String> rawQuery() {
        return Optional.ofNullable(rawQuery);
    }

    /** The path percent-decoded ({@code +} stays {@code +}), as the client's signer saw it. */
    public String path() {
        return path;
    }

    /**
     * The query parameters, decoded as forms are ({@code +} and {@code %20} are spaces), in the
     * order received; for a key given twice, the last value. Unmodifiable.
     */
    public Map<String, String> query() {
        return query;
    }

    /**
     * The headers; lookups ignore case ({@code headers().get("X-ACS-ACTION")} works), and values of
     * a header given more than once are joined with {@code ","}. Unmodifiable.
     */
    public Map<String, String> headers() {
        return headers;
    }

    /** The value of this header, ignoring case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** A copy of the body bytes, decoded from chunks when sent chunked; empty when none. */
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The action, from the {@code x-acs-action} header; empty when the request had none. */
    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** What the server found when it checked the signature. */
    public SignatureCheck signatureCheck() {
        return signatureCheck;
    }

    /**
     * The HTTP status the server answered with; empty when it dropped the connection instead, and
     * while a {@link MockHandler} still decides.
     */
    public OptionalInt status() {
        return dropped || status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Whether the server closed the connection without answering ({@link MockFault#dropConnection}). */
    public boolean dropped() {
        return dropped;
    }

    /** Request id, method, raw path, action, header names, body length, signature check and outcome. */
    @Override
    public String toString() {
        return "ReceivedRequest[" + requestId + " " + method + " " + rawPath + ", action=" + action
                + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes, " + signatureCheck
                + ", " + (dropped ? "dropped" : status == 0 ? "unanswered" : "status=" + status) + "]";
    }
}
