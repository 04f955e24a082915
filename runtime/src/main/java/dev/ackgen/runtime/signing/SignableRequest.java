package dev.ackgen.runtime.signing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the signers see it. Immutable; the body is copied in and out.
 *
 * <ul>
 *   <li>{@code method}: as sent, e.g. {@code GET}; not case-folded.
 *   <li>{@code path}: unencoded, as the client builds it (e.g. {@code "/clusters/" + clusterId});
 *       it starts with {@code /}, every {@code /} separates segments and the signers encode each
 *       segment with {@link PercentEncoding#encode}. Send it as {@link PercentEncoding#encodePath}
 *       returns it.
 *   <li>{@code query}: decoded keys and values in the order the client gives them (the signers
 *       sort them); may be empty.
 *   <li>{@code headers}: names keep their spelling and order; lookups ignore case, and two names
 *       that differ only in case are rejected. No value may hold CR or LF.
 *   <li>{@code body}: the exact bytes sent; empty when there is no body.
 * </ul>
 *
 * <p>Exception messages name the offending header or parameter, never a value: values can be
 * security tokens.
 */
public final class SignableRequest {
    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final TreeMap<String, String> headersIgnoringCase;
    private final byte[] body;

    /**
     * @param method the HTTP method, non-empty, without whitespace
     * @param path the unencoded path, starting with {@code /}
     * @param query decoded query parameters (no null key or value); copied, order kept
     * @param headers header names to values (no null); copied, order kept
     * @param body the body bytes; copied; {@code null} means none
     */
    public SignableRequest(
            String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(headers, "headers");
        if (method.isEmpty() || !isToken(method, false)) {
            throw new IllegalArgumentException("method must be a non-empty token");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /");
        }
        this.method = method;
        this.path = path;
        LinkedHashMap<String, String> queryCopy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : query.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "query parameter name");
            queryCopy.put(key, Objects.requireNonNull(e.getValue(), () -> "value of query parameter " + key));
        }
        this.query = Collections.unmodifiableMap(queryCopy);
        LinkedHashMap<String, String> headerCopy = new LinkedHashMap<>();
        TreeMap<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> e : headers.entrySet()) {
            String name = checkHeaderName(e.getKey());
            String value = checkHeaderValue(name, e.getValue());
            if (ignoringCase.put(name, value) != null) {
                throw new IllegalArgumentException("header " + name + " is given twice (names ignore case)");
            }
            headerCopy.put(name, value);
        }
        this.headers = Collections.unmodifiableMap(headerCopy);
        this.headersIgnoringCase = ignoringCase;
        this.body = body == null ? new byte[0] : body.clone();
    }

    /** A request whose parts were checked already: shares them, copies nothing. */
    private SignableRequest(SignableRequest base, Map<String, String> headers, TreeMap<String, String> headersIgnoringCase) {
        this.method = base.method;
        this.path = base.path;
        this.query = base.query;
        this.headers = headers;
        this.headersIgnoringCase = headersIgnoringCase;
        this.body = base.body;
    }

    /** The HTTP method as given. */
    public String method() {
        return method;
    }

    /** The unencoded path as given. */
    public String path() {
        return path;
    }

    /** The decoded query parameters in the order given; unmodifiable. */
    public Map<String, String> query() {
        return query;
    }

    /** The headers with their names as given, in the order given; unmodifiable. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The value of the header with this name, ignoring case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headersIgnoringCase.get(name));
    }

    /** A copy of the body bytes; empty when there is no body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The body bytes, not copied: for the signers, which never change them. */
    byte[] bodyBytes() {
        return body;
    }

    /**
     * This request with these headers set: each replaces an existing header of the same name
     * (ignoring case) and goes to the end, with the spelling given here.
     */
    public SignableRequest withHeaders(Map<String, String> replacements) {
        Objects.requireNonNull(replacements, "replacements");
        if (replacements.isEmpty()) {
            return this;
        }
        TreeMap<String, String> replaced = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            String name = checkHeaderName(e.getKey());
            if (replaced.put(name, checkHeaderValue(name, e.getValue())) != null) {
                throw new IllegalArgumentException("header " + name + " is given twice (names ignore case)");
            }
        }
        // This request's headers are checked already; only the replacements needed checking.
        LinkedHashMap<String, String> merged = new LinkedHashMap<>();
        TreeMap<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (!replaced.containsKey(e.getKey())) {
                merged.put(e.getKey(), e.getValue());
                ignoringCase.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, String> e : replacements.entrySet()) {
            merged.put(e.getKey(), e.getValue());
            ignoringCase.put(e.getKey(), e.getValue());
        }
        return new SignableRequest(this, Collections.unmodifiableMap(merged), ignoringCase);
    }

    /** Method, path, query keys and header names; never a header value or the body. */
    @Override
    public String toString() {
        return "SignableRequest[" + method + " " + path + ", query=" + query.keySet() + ", headers="
                + headers.keySet() + ", body=" + body.length + " bytes]";
    }

    static String lowerCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String checkHeaderName(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isEmpty() || !isToken(name, true)) {
            throw new IllegalArgumentException("header name must be a non-empty token: " + printable(name));
        }
        return name;
    }

    private static String checkHeaderValue(String name, String value) {
        Objects.requireNonNull(value, () -> "value of header " + name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // What HTTP clients refuse (and java.net.http would refuse quoting the value, a token maybe).
            if ((c < ' ' && c != '\t') || c == 0x7F) {
                throw new IllegalArgumentException("value of header " + name + " holds a control character");
            }
        }
        return value;
    }

    /** Printable ASCII without spaces (and without {@code :} in header names); loops, as this runs per header per call. */
    private static boolean isToken(String text, boolean headerName) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F || (headerName && c == ':')) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder("\"");
        name.chars().forEach(c -> {
            if (c < ' ' || c >= 0x7F || c == '"' || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
