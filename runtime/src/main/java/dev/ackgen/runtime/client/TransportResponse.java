package dev.ackgen.runtime.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP response as a {@link Transport} received it.
 *
 * @param status the HTTP status code
 * @param headers header names to their values; lookups ignore case
 * @param body the body bytes; empty when there is none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public TransportResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), TransportResponse::concat));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of the header with this name, ignoring case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Status, header names and body length; never header values or the body. */
    @Override
    public String toString() {
        return "TransportResponse[" + status + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }
}
