package dev.ackgen.mock;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The request line and headers of one HTTP/1.x request. Headers given more than once are joined
 * with {@code ","} (RFC 9110 5.3) under the spelling first received, so each name has one value,
 * as {@link dev.ackgen.runtime.signing.SignableRequest} needs.
 */
final class HttpRequestHead {
    private final String method;
    private final String target;
    private final String version;
    private final Map<String, String> headers;
    private final TreeMap<String, String> spellings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    HttpRequestHead(String method, String target, String version) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = new LinkedHashMap<>();
    }

    void addHeader(String name, String value) {
        String spelling = spellings.putIfAbsent(name, name);
        if (spelling == null) {
            headers.put(name, value);
        } else {
            headers.put(spelling, headers.get(spelling) + "," + value);
        }
    }

    String method() {
        return method;
    }

    String target() {
        return target;
    }

    String version() {
        return version;
    }

    /** Names as first received to values, in the order received; unmodifiable. */
    Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    Optional<String> header(String name) {
        String spelling = spellings.get(name);
        return spelling == null ? Optional.empty() : Optional.of(headers.get(spelling));
    }

    /** Whether the client wants the connection kept open after this exchange. */
    boolean keepAlive() {
        String connection = header("connection").orElse("").toLowerCase(Locale.ROOT);
        if (version.equals("HTTP/1.0")) {
            return connection.contains("keep-alive");
        }
        return !connection.contains("close");
    }
}
