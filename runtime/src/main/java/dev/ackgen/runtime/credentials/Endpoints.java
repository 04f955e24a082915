package dev.ackgen.runtime.credentials;

import java.net.URI;

/** Endpoint spelling: a bare host means https; what is shown in messages leaves out user info and query. */
final class Endpoints {
    private Endpoints() {}

    /** {@code sts.aliyuncs.com} → {@code https://sts.aliyuncs.com}; a URI with a scheme is kept, without a trailing slash. */
    static URI normalize(String endpoint) {
        String text = endpoint.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri = URI.create(text);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("endpoint has no host: " + shown(uri));
        }
        return uri;
    }

    /** The URI as it may be shown: scheme, host, port and path; never user info, query or fragment, which may hold secrets. */
    static String shown(URI uri) {
        StringBuilder s = new StringBuilder();
        if (uri.getScheme() != null) {
            s.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            s.append(uri.getHost());
            if (uri.getPort() != -1) {
                s.append(':').append(uri.getPort());
            }
        }
        if (uri.getRawPath() != null) {
            s.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            s.append("?…");
        }
        return s.toString();
    }
}
