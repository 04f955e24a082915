package dev.ackgen.mock;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request target of an HTTP request split and decoded as the signers expect: the path
 * percent-decoded with {@code +} kept (a path is not a form), the query decoded as a form ({@code
 * +} is a space), since the official SDK writes spaces in queries as {@code +} and our client
 * writes them as {@code %20}.
 */
final class RequestTarget {
    private final String rawPath;
    private final String rawQuery;
    private final String path;
    private final Map<String, String> query;

    private RequestTarget(String rawPath, String rawQuery, String path, Map<String, String> query) {
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
        this.path = path;
        this.query = query;
    }

    /** Parses an origin-form target ({@code /path?query}). */
    static RequestTarget parse(String target) throws MalformedRequestException {
        if (!target.startsWith("/")) {
            throw new MalformedRequestException(400, "BadRequest", "the request target is not a path");
        }
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? null : target.substring(question + 1);
        int hash = rawQuery == null ? -1 : rawQuery.indexOf('#');
        if (hash >= 0) {
            rawQuery = rawQuery.substring(0, hash);
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&", -1)) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String key = decode(eq < 0 ? pair : pair.substring(0, eq), true);
                    query.remove(key); // so that a repeated key keeps its last value at its last place
                    query.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1), true));
                }
            }
        }
        return new RequestTarget(rawPath, rawQuery, decode(rawPath, false), Collections.unmodifiableMap(query));
    }

    String rawPath() {
        return rawPath;
    }

    /** The query string without {@code ?}, or {@code null} when the target had no {@code ?}. */
    String rawQuery() {
        return rawQuery;
    }

    String path() {
        return path;
    }

    Map<String, String> query() {
        return query;
    }

    private static String decode(String encoded, boolean plusIsSpace) throws MalformedRequestException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    throw new MalformedRequestException(400, "BadRequest", "malformed percent-encoding in the target");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                // The head was read as Latin-1, so each char is one byte received.
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
