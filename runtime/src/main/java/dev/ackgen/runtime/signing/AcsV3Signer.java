package dev.ackgen.runtime.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code ACS3-HMAC-SHA256} signature (Alibaba Cloud signature V3), as the SDK computes it:
 *
 * <pre>
 * CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n
 *                    CanonicalHeaders \n SignedHeaders \n HashedPayload
 * StringToSign     = "ACS3-HMAC-SHA256" \n hex(SHA-256(CanonicalRequest))
 * Authorization    = "ACS3-HMAC-SHA256 Credential=" AccessKeyId ",SignedHeaders=" SignedHeaders
 *                    ",Signature=" hex(HMAC-SHA256(AccessKeySecret, StringToSign))
 * </pre>
 *
 * <ul>
 *   <li>HashedPayload: lower-case hex SHA-256 of the body bytes ({@code e3b0c442...} for none); it
 *       is also sent, and signed, as {@code x-acs-content-sha256}.
 *   <li>CanonicalURI: the path {@linkplain PercentEncoding#encodePath encoded} segment by segment;
 *       {@code /} for an empty path.
 *   <li>CanonicalQueryString: parameters sorted by their decoded key ({@link String#compareTo}),
 *       each as {@code encode(key) "=" encode(value)}, joined by {@code &}; an empty value keeps
 *       its {@code =}; empty when there is no parameter.
 *   <li>CanonicalHeaders: {@code host}, {@code content-type} and every {@code x-acs-*} header,
 *       names lower-cased, sorted, each as {@code name ":" value.trim() \n} (inner whitespace
 *       kept). Other headers, {@code Authorization} among them, are not signed.
 *   <li>SignedHeaders: the same lower-cased names, sorted, joined by {@code ;}.
 * </ul>
 *
 * <p>The client sets {@code host}, {@code x-acs-action}, {@code x-acs-version}, {@code
 * x-acs-date} ({@link #timestamp}), {@code x-acs-signature-nonce} (unique per request), {@code
 * accept} and, with a body, {@code content-type} before signing.
 */
public final class AcsV3Signer implements RequestSigner {
    /** The algorithm name, first word of the string to sign and of the Authorization value. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** The one instance needed: the signer has no state. */
    public static final AcsV3Signer INSTANCE = new AcsV3Signer();

    private AcsV3Signer() {}

    /** The {@code x-acs-date} value for an instant: UTC, whole seconds, e.g. {@code 2026-11-25T06:46:17Z}. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * {@code x-acs-content-sha256} (hex SHA-256 of the body) and, for STS credentials, {@code
     * x-acs-accesskey-id} and {@code x-acs-security-token}.
     */
    @Override
    public Map<String, String> derivedHeaders(SignableRequest request, Credentials credentials) {
        Map<String, String> derived = new LinkedHashMap<>();
        derived.put("x-acs-content-sha256", Digests.sha256Hex(request.bodyBytes()));
        credentials.securityToken().ifPresent(token -> {
            derived.put("x-acs-accesskey-id", credentials.accessKeyId());
            derived.put("x-acs-security-token", token);
        });
        return Collections.unmodifiableMap(derived);
    }

    @Override
    public String authorization(SignableRequest request, Credentials credentials) {
        return authorizationOfPrepared(request.withHeaders(derivedHeaders(request, credentials)), credentials);
    }

    /** Derives the headers once, where the default would derive them twice (and hash the body twice). */
    @Override
    public SignableRequest sign(SignableRequest request, Credentials credentials) {
        SignableRequest prepared = request.withHeaders(derivedHeaders(request, credentials));
        return prepared.withHeaders(Map.of(AUTHORIZATION, authorizationOfPrepared(prepared, credentials)));
    }

    private static String authorizationOfPrepared(SignableRequest prepared, Credentials credentials) {
        TreeMap<String, String> signed = signedHeaders(prepared);
        String signedHeaderNames = String.join(";", signed.keySet());
        String signature = Digests.hex(Digests.hmac("HmacSHA256", credentials.accessKeySecret(),
                stringToSign(canonicalRequest(prepared, signed, signedHeaderNames))));
        return ALGORITHM + " Credential=" + credentials.accessKeyId() + ",SignedHeaders=" + signedHeaderNames
                + ",Signature=" + signature;
    }

    /** The canonical request of the request with its derived headers set: for diagnostics. */
    public String canonicalRequest(SignableRequest request, Credentials credentials) {
        SignableRequest prepared = request.withHeaders(derivedHeaders(request, credentials));
        TreeMap<String, String> signed = signedHeaders(prepared);
        return canonicalRequest(prepared, signed, String.join(";", signed.keySet()));
    }

    /** The string to sign of the request with its derived headers set: for diagnostics. */
    public String stringToSign(SignableRequest request, Credentials credentials) {
        return stringToSign(canonicalRequest(request, credentials));
    }

    private static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    private static String canonicalRequest(
            SignableRequest prepared, TreeMap<String, String> signed, String signedHeaderNames) {
        StringBuilder out = new StringBuilder(512);
        out.append(prepared.method()).append('\n');
        out.append(PercentEncoding.encodePath(prepared.path())).append('\n');
        out.append(canonicalQueryString(prepared.query())).append('\n');
        signed.forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
        out.append('\n');
        out.append(signedHeaderNames).append('\n');
        // The derived x-acs-content-sha256 is the hashed payload.
        out.append(signed.get("x-acs-content-sha256"));
        return out.toString();
    }

    static String canonicalQueryString(Map<String, String> query) {
        List<String> keys = new ArrayList<>(query.keySet());
        Collections.sort(keys);
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(PercentEncoding.encode(key)).append('=').append(PercentEncoding.encode(query.get(key)));
        }
        return out.toString();
    }

    /** Lower-cased name to trimmed value of every signed header, sorted by name. */
    static TreeMap<String, String> signedHeaders(SignableRequest request) {
        TreeMap<String, String> signed = new TreeMap<>();
        request.headers().forEach((name, value) -> {
            String lower = SignableRequest.lowerCase(name);
            if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
                signed.put(lower, value.trim());
            }
        });
        return signed;
    }

    @Override
    public String toString() {
        return "AcsV3Signer[" + ALGORITHM + "]";
    }
}
