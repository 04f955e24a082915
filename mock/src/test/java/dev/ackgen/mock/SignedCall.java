package dev.ackgen.mock;

import dev.ackgen.runtime.signing.AcsV3Signer;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.PercentEncoding;
import dev.ackgen.runtime.signing.RequestSigner;
import dev.ackgen.runtime.signing.RoaV1Signer;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request as our client sends it: signed as RequestSigner's javadoc says (host, action, version,
 * accept, content-type, date or x-acs-date, nonce), then sent with java.net.http. Host is signed as
 * the URI authority, which is what java.net.http sends.
 */
final class SignedCall {
    /** What java.net.http sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final AtomicLong NONCES = new AtomicLong();

    private final String method;
    private final String action;
    private String path = "/clusters";
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private SignedCall(String method, String action) {
        this.method = method;
        this.action = action;
    }

    static SignedCall post(String action, String json) {
        SignedCall call = new SignedCall("POST", action);
        call.body = json.getBytes(StandardCharsets.UTF_8);
        return call;
    }

    static SignedCall get(String action, String path) {
        return new SignedCall("GET", action).path(path);
    }

    SignedCall path(String unencodedPath) {
        this.path = unencodedPath;
        return this;
    }

    SignedCall query(String key, String value) {
        query.put(key, value);
        return this;
    }

    SignedCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The request with every header the client sets, signed. */
    SignableRequest sign(RequestSigner signer, Credentials credentials, URI endpoint) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("host", endpoint.getRawAuthority());
        if (action != null) {
            all.put("x-acs-action", action);
        }
        all.put("x-acs-version", "2015-12-15");
        all.put("accept", "application/json");
        if (body != null) {
            all.put("content-type", "application/json; charset=utf-8");
        }
        if (signer == RoaV1Signer.INSTANCE) {
            all.put("date", RoaV1Signer.date(Instant.now()));
        } else {
            all.put("x-acs-date", AcsV3Signer.timestamp(Instant.now()));
        }
        all.put("x-acs-signature-nonce", UUID.randomUUID() + "-" + NONCES.incrementAndGet());
        all.putAll(headers);
        return signer.sign(new SignableRequest(method, path, query, all, body), credentials);
    }

    URI uri(URI endpoint) {
        StringBuilder target = new StringBuilder(PercentEncoding.encodePath(path));
        String separator = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            target.append(separator).append(PercentEncoding.encode(e.getKey())).append('=')
                    .append(PercentEncoding.encode(e.getValue()));
            separator = "&";
        }
        return URI.create(endpoint + target.toString());
    }

    /** The java.net.http request for a signed request, sending these body bytes. */
    HttpRequest httpRequest(URI endpoint, SignableRequest signed, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(endpoint)).method(method, body);
        signed.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        return builder.build();
    }

    HttpRequest httpRequest(URI endpoint, SignableRequest signed) {
        return httpRequest(endpoint, signed, signed.bodyLength() == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(signed.body()));
    }

    /** Signs and sends. */
    HttpResponse<String> send(HttpClient client, RequestSigner signer, Credentials credentials, URI endpoint)
            throws IOException, InterruptedException {
        return client.send(httpRequest(endpoint, sign(signer, credentials, endpoint)),
                HttpResponse.BodyHandlers.ofString());
    }
}
