package dev.ackgen.mock;

import dev.ackgen.runtime.signing.AcsV3Signer;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.RequestSigner;
import dev.ackgen.runtime.signing.RoaV1Signer;
import dev.ackgen.runtime.signing.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks the signature of a received request the way ACK does, by signing it again with the
 * known credentials ({@link AcsV3Signer}, {@link RoaV1Signer}) and comparing:
 *
 * <ul>
 *   <li>V3 ({@code ACS3-HMAC-SHA256 Credential=..,SignedHeaders=..,Signature=..}): the AccessKey
 *       ID must be known; {@code x-acs-content-sha256} must be the SHA-256 of the body received;
 *       {@code SignedHeaders} must list exactly the headers the signer covers ({@code host},
 *       {@code content-type}, every {@code x-acs-*}) among those received, so no signable header
 *       was added or left out; and the signature must match.
 *   <li>V1 ({@code acs AccessKeyId:signature}): the AccessKey ID must be known; {@code
 *       x-acs-signature-method} and {@code x-acs-signature-version} must be {@code HMAC-SHA1} and
 *       {@code 1.0}; {@code content-md5}, when present, must be the MD5 of the body; and the
 *       signature must match. Without {@code content-md5} this scheme does not cover the body.
 *   <li>Both: with STS credentials, {@code x-acs-security-token} must be the token and {@code
 *       x-acs-accesskey-id} the AccessKey ID.
 * </ul>
 *
 * <p>Not checked, unlike ACK: the age of {@code x-acs-date}/{@code date}, and nonce reuse, so that
 * captured requests can be replayed in tests. Reasons never hold a secret or a security token;
 * they may hold the server's string to sign, with any token masked. Immutable and thread-safe.
 */
public final class SignatureVerifier {
    private static final String V3_PREFIX = AcsV3Signer.ALGORITHM + " ";
    private static final String V1_PREFIX = "acs ";
    private static final String MISMATCH = "SignatureDoesNotMatch";
    private static final String TOKEN_MISMATCH = "InvalidSecurityToken.MismatchWithAccessKey";
    private static final String TOKEN_HEADER = "x-acs-security-token";

    private final Map<String, Credentials> byAccessKeyId;

    private SignatureVerifier(Map<String, Credentials> byAccessKeyId) {
        this.byAccessKeyId = byAccessKeyId;
    }

    /**
     * A verifier that knows these credentials.
     *
     * @throws IllegalArgumentException when two credentials share an AccessKey ID
     */
    public static SignatureVerifier of(Collection<Credentials> credentials) {
        Map<String, Credentials> byId = new LinkedHashMap<>();
        for (Credentials c : credentials) {
            Objects.requireNonNull(c, "credentials");
            if (byId.put(c.accessKeyId(), c) != null) {
                throw new IllegalArgumentException("two credentials for AccessKey ID " + c.accessKeyId());
            }
        }
        return new SignatureVerifier(Map.copyOf(byId));
    }

    /** A verifier that knows these credentials. */
    public static SignatureVerifier of(Credentials... credentials) {
        return of(List.of(credentials));
    }

    /**
     * Checks the signature of a request as received.
     *
     * @param received the method, the percent-decoded path, the decoded query, every header
     *     received ({@code Authorization} among them; extra ones such as {@code user-agent} or
     *     {@code content-length} are fine) and the body
     */
    public SignatureCheck verify(SignableRequest received) {
        Optional<String> authorization = received.header(RequestSigner.AUTHORIZATION);
        if (authorization.isEmpty()) {
            return SignatureCheck.invalid(SignatureCheck.Algorithm.NONE, null, 400, "MissingAuthorization",
                    "the request has no Authorization header");
        }
        String value = authorization.get();
        SignableRequest unsigned = withoutAuthorization(received);
        if (value.startsWith(V3_PREFIX)) {
            return verifyV3(value.substring(V3_PREFIX.length()), unsigned);
        }
        if (value.startsWith(V1_PREFIX)) {
            return verifyV1(value.substring(V1_PREFIX.length()), unsigned);
        }
        // Not echoed: an unknown scheme may carry a secret in any form.
        return SignatureCheck.invalid(SignatureCheck.Algorithm.NONE, null, 400, "IncompleteSignature",
                "the Authorization header uses neither " + AcsV3Signer.ALGORITHM + " nor acs (ROA HMAC-SHA1)");
    }

    private SignatureCheck verifyV3(String parameters, SignableRequest unsigned) {
        SignatureCheck.Algorithm v3 = SignatureCheck.Algorithm.V3;
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : parameters.split(",", -1)) {
            String trimmed = part.trim();
            int eq = trimmed.indexOf('=');
            String name = eq < 0 ? trimmed : trimmed.substring(0, eq);
            String partValue = eq < 0 ? "" : trimmed.substring(eq + 1);
            switch (name) {
                case "Credential":
                    credential = partValue;
                    break;
                case "SignedHeaders":
                    signedHeaders = partValue;
                    break;
                case "Signature":
                    signature = partValue;
                    break;
                default:
                    // Tolerated, as an unknown parameter does not change what is signed.
                    break;
            }
        }
        if (credential == null || credential.isEmpty() || signedHeaders == null || signature == null) {
            return SignatureCheck.invalid(v3, emptyToNull(credential), 400, "IncompleteSignature",
                    "the " + AcsV3Signer.ALGORITHM + " Authorization lacks Credential, SignedHeaders or Signature");
        }
        Credentials credentials = byAccessKeyId.get(credential);
        if (credentials == null) {
            return unknownAccessKey(v3, credential);
        }
        Optional<SignatureCheck> derived = checkDerivedHeaders(v3, AcsV3Signer.INSTANCE, unsigned, credentials);
        if (derived.isPresent()) {
            return derived.get();
        }
        String signable = signableHeaderNames(unsigned);
        if (!signable.equals(signedHeaders)) {
            return SignatureCheck.invalid(v3, credential, 400, MISMATCH, "SignedHeaders is " + signedHeaders
                    + " but the signable headers received are " + signable);
        }
        String expected = AcsV3Signer.INSTANCE.authorization(unsigned, credentials);
        String expectedSignature = expected.substring(expected.lastIndexOf(",Signature=") + ",Signature=".length());
        if (!constantTimeEquals(expectedSignature, signature)) {
            return SignatureCheck.invalid(v3, credential, 400, MISMATCH,
                    "the request signature does not match the signature the server calculated; server string to sign: "
                            + AcsV3Signer.INSTANCE.stringToSign(unsigned, credentials).replace("\n", "\\n")
                            + "; canonical request: "
                            + mask(AcsV3Signer.INSTANCE.canonicalRequest(unsigned, credentials), credentials)
                                    .replace("\n", "\\n"));
        }
        return SignatureCheck.valid(v3, credential);
    }

    private SignatureCheck verifyV1(String parameters, SignableRequest unsigned) {
        SignatureCheck.Algorithm v1 = SignatureCheck.Algorithm.V1;
        int colon = parameters.lastIndexOf(':');
        if (colon <= 0 || colon == parameters.length() - 1) {
            return SignatureCheck.invalid(v1, null, 400, "IncompleteSignature",
                    "the acs Authorization is not acs AccessKeyId:signature");
        }
        String accessKeyId = parameters.substring(0, colon);
        String signature = parameters.substring(colon + 1);
        Credentials credentials = byAccessKeyId.get(accessKeyId);
        if (credentials == null) {
            return unknownAccessKey(v1, accessKeyId);
        }
        Optional<SignatureCheck> derived = checkDerivedHeaders(v1, RoaV1Signer.INSTANCE, unsigned, credentials);
        if (derived.isPresent()) {
            return derived.get();
        }
        Optional<String> contentMd5 = unsigned.header("content-md5");
        if (contentMd5.isPresent()) {
            String actual = Base64.getEncoder().encodeToString(md5(unsigned.body()));
            if (!actual.equals(contentMd5.get())) {
                return SignatureCheck.invalid(v1, accessKeyId, 400, "InvalidContentMD5",
                        "content-md5 is " + contentMd5.get() + " but the MD5 of the " + unsigned.bodyLength()
                                + "-byte body received is " + actual);
            }
        }
        String expected = RoaV1Signer.INSTANCE.authorization(unsigned, credentials);
        String expectedSignature = expected.substring(expected.lastIndexOf(':') + 1);
        if (!constantTimeEquals(expectedSignature, signature)) {
            return SignatureCheck.invalid(v1, accessKeyId, 400, MISMATCH,
                    "the request signature does not match the signature the server calculated; server string to sign: "
                            + mask(RoaV1Signer.INSTANCE.stringToSign(unsigned, credentials), credentials)
                                    .replace("\n", "\\n"));
        }
        return SignatureCheck.valid(v1, accessKeyId);
    }

    /**
     * The signers replace the headers they derive (content hash, signature method, STS headers)
     * with the values they compute, so those must be compared with what was received first, or a
     * tampered body or a wrong token would pass.
     */
    private static Optional<SignatureCheck> checkDerivedHeaders(SignatureCheck.Algorithm algorithm,
            RequestSigner signer, SignableRequest unsigned, Credentials credentials) {
        String accessKeyId = credentials.accessKeyId();
        // The token first: without it, x-acs-accesskey-id is missing too, and the token is the cause.
        Map<String, String> derived = new LinkedHashMap<>();
        Map<String, String> all = signer.derivedHeaders(unsigned, credentials);
        if (all.containsKey(TOKEN_HEADER)) {
            derived.put(TOKEN_HEADER, all.get(TOKEN_HEADER));
        }
        derived.putAll(all);
        for (Map.Entry<String, String> e : derived.entrySet()) {
            String name = e.getKey();
            Optional<String> received = unsigned.header(name);
            if (received.isPresent() && received.get().trim().equals(e.getValue())) {
                continue;
            }
            if (name.equals(TOKEN_HEADER)) {
                return Optional.of(SignatureCheck.invalid(algorithm, accessKeyId, 400, TOKEN_MISMATCH,
                        received.isEmpty() ? "x-acs-security-token is missing; AccessKey ID " + accessKeyId
                                + " is an STS AccessKey ID"
                                : "x-acs-security-token is not the token issued with AccessKey ID " + accessKeyId));
            }
            if (name.equals("x-acs-content-sha256")) {
                return Optional.of(SignatureCheck.invalid(algorithm, accessKeyId, 400, MISMATCH, received.isEmpty()
                        ? "x-acs-content-sha256 is missing"
                        : "x-acs-content-sha256 is " + received.get() + " but the SHA-256 of the "
                                + unsigned.bodyLength() + "-byte body received is " + e.getValue()));
            }
            return Optional.of(SignatureCheck.invalid(algorithm, accessKeyId, 400, MISMATCH,
                    received.isEmpty() ? name + " is missing" : name + " is " + received.get() + ", expected "
                            + e.getValue()));
        }
        return Optional.empty();
    }

    /** What {@link AcsV3Signer} signs: {@code host}, {@code content-type} and {@code x-acs-*}. */
    private static String signableHeaderNames(SignableRequest request) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : request.headers().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
                names.add(lower);
            }
        }
        return String.join(";", names);
    }

    private static SignableRequest withoutAuthorization(SignableRequest received) {
        Map<String, String> headers = new LinkedHashMap<>();
        received.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(RequestSigner.AUTHORIZATION)) {
                headers.put(name, value);
            }
        });
        return new SignableRequest(received.method(), received.path(), received.query(), headers, received.body());
    }

    private static SignatureCheck unknownAccessKey(SignatureCheck.Algorithm algorithm, String accessKeyId) {
        return SignatureCheck.invalid(algorithm, accessKeyId, 404, "InvalidAccessKeyId.NotFound",
                "Specified access key is not found: " + accessKeyId);
    }

    /** Masks the security token (and, should a client have sent it, the secret) in diagnostics. */
    private static String mask(String text, Credentials credentials) {
        String masked = text.replace(credentials.accessKeySecret(), "***");
        Optional<String> token = credentials.securityToken();
        return token.isPresent() ? masked.replace(token.get(), "***") : masked;
    }

    /** Compares without an early exit, so response timing tells nothing about the signature. */
    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] md5(byte[] body) {
        try {
            return MessageDigest.getInstance("MD5").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The AccessKey IDs known; never a secret. */
    @Override
    public String toString() {
        return "SignatureVerifier" + byAccessKeyId.keySet();
    }
}
