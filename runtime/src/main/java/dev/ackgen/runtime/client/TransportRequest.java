package dev.ackgen.runtime.client;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as a {@link Transport} sends it: signed, encoded, ready for the wire. The body
 * array is shared, not copied: the client builds it once per call and never changes it, and
 * retries send the same bytes.
 *
 * @param method the HTTP method
 * @param uri the full URI, path and query already encoded
 * @param headers header names to values, in the order to send them; includes {@code host}, which
 *     a transport may leave to its HTTP library when that derives it from the URI
 * @param body the body bytes; empty when there is none
 * @param timeout how long to wait for the response once the request is sent
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Method, scheme, authority, path and header names: never query or header values (they can
     * be tokens or signatures) or the body.
     */
    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?…") + ", headers=" + headers.keySet() + ", body=" + body.length
                + " bytes]";
    }
}
