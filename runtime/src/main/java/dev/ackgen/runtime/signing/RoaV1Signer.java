package dev.ackgen.runtime.signing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ROA {@code HMAC-SHA1} signature (signature version 1.0), as the SDK computes it when
 * configured with {@code signatureAlgorithm = "v2"}:
 *
 * <pre>
 * StringToSign  = METHOD \n Accept \n Content-MD5 \n Content-Type \n Date \n
 *                 CanonicalizedHeaders CanonicalizedResource
 * Authorization = "acs " AccessKeyId ":" base64(HMAC-SHA1(AccessKeySecret, StringToSign))
 * </pre>
 *
 * <ul>
 *   <li>Accept, Content-MD5, Content-Type, Date: the header values exactly as sent (not trimmed),
 *       or empty when the header is absent. The SDK sends no Content-MD5, so that line is empty
 *       and <em>the body is not covered</em> by this signature.
 *   <li>CanonicalizedHeaders: every {@code x-acs-*} header, name lower-cased, sorted, each as
 *       {@code name ":" value.trim() \n}.
 *   <li>CanonicalizedResource: the {@linkplain PercentEncoding#encodePath encoded} path, then, if
 *       there are query parameters, {@code ?} and the parameters sorted by key, each as {@code key
 *       "=" value} with key and value <em>not encoded</em>, or just {@code key} when the value is
 *       empty, joined by {@code &}.
 * </ul>
 *
 * <p>The client sets {@code host}, {@code date} ({@link #date}), {@code accept}, {@code
 * x-acs-action}, {@code x-acs-version}, {@code x-acs-signature-nonce} (unique per request) and,
 * with a body, {@code content-type} before signing.
 */
public final class RoaV1Signer implements RequestSigner {
    /** The algorithm name, sent as {@code x-acs-signature-method}. */
    public static final String ALGORITHM = "HMAC-SHA1";

    /** The signature version, sent as {@code x-acs-signature-version}. */
    public static final String SIGNATURE_VERSION = "1.0";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** The one instance needed: the signer has no state. */
    public static final RoaV1Signer INSTANCE = new RoaV1Signer();

    private RoaV1Signer() {}

    /**
     * The {@code date} header value for an instant, as the SDK writes it: e.g. {@code Wed, 05 Nov
     * 2026 06:46:18 GMT} (day of month always two digits, unlike RFC_1123_DATE_TIME).
     */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /**
     * {@code x-acs-signature-method} and {@code x-acs-signature-version} and, for STS credentials,
     * {@code x-acs-accesskey-id} and {@code x-acs-security-token}.
     */
    @Override
    public Map<String, String> derivedHeaders(SignableRequest request, Credentials credentials) {
        Map<String, String> derived = new LinkedHashMap<>();
        derived.put("x-acs-signature-method", ALGORITHM);
        derived.put("x-acs-signature-version", SIGNATURE_VERSION);
        credentials.securityToken().ifPresent(token -> {
            derived.put("x-acs-accesskey-id", credentials.accessKeyId());
            derived.put("x-acs-security-token", token);
        });
        return Collections.unmodifiableMap(derived);
    }

    @Override
    public String authorization(SignableRequest request, Credentials credentials) {
        byte[] mac = Digests.hmac("HmacSHA1", credentials.accessKeySecret(), stringToSign(request, credentials));
        return "acs " + credentials.accessKeyId() + ":" + Base64.getEncoder().encodeToString(mac);
    }

    /** The string to sign of the request with its derived headers set: for diagnostics. */
    public String stringToSign(SignableRequest request, Credentials credentials) {
        SignableRequest prepared = request.withHeaders(derivedHeaders(request, credentials));
        StringBuilder out = new StringBuilder(512);
        out.append(prepared.method()).append('\n');
        out.append(prepared.header("accept").orElse("")).append('\n');
        out.append(prepared.header("content-md5").orElse("")).append('\n');
        out.append(prepared.header("content-type").orElse("")).append('\n');
        out.append(prepared.header("date").orElse("")).append('\n');
        TreeMap<String, String> acsHeaders = new TreeMap<>();
        prepared.headers().forEach((name, value) -> {
            String lower = SignableRequest.lowerCase(name);
            if (lower.startsWith("x-acs-")) {
                acsHeaders.put(lower, value.trim());
            }
        });
        acsHeaders.forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
        out.append(canonicalizedResource(prepared.path(), prepared.query()));
        return out.toString();
    }

    static String canonicalizedResource(String path, Map<String, String> query) {
        String encodedPath = PercentEncoding.encodePath(path);
        if (query.isEmpty()) {
            return encodedPath;
        }
        List<String> keys = new ArrayList<>(query.keySet());
        Collections.sort(keys);
        StringBuilder out = new StringBuilder(encodedPath).append('?');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            String key = keys.get(i);
            String value = query.get(key);
            out.append(key);
            if (!value.isEmpty()) {
                out.append('=').append(value);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "RoaV1Signer[" + ALGORITHM + "]";
    }
}
