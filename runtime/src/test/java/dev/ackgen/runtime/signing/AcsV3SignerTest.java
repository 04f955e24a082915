package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AcsV3SignerTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String SECRET = "SECRET";
    private static final String TOKEN = "TOKEN";
    private static final AcsV3Signer SIGNER = AcsV3Signer.INSTANCE;
    private static final Credentials KEYS = Credentials.of("AKID", SECRET);

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static SignableRequest get(Map<String, String> query, Map<String, String> headers) {
        return new SignableRequest("GET", "/clusters", query, headers, null);
    }

    private static SignableRequest post(byte[] body) {
        return new SignableRequest("POST", "/clusters", Map.of(),
                map("host", "cs.cn-hangzhou.aliyuncs.com", "content-type", "application/json; charset=utf-8",
                        "x-acs-action", "CreateCluster", "x-acs-version", "2015-12-15",
                        "x-acs-date", "2026-11-25T06:46:17Z", "x-acs-signature-nonce", "n"),
                body);
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf(",Signature=") + ",Signature=".length());
    }

    @Nested
    class Payload {
        @Test
        void theEmptyBodyHashesToE3b0() {
            assertThat(SIGNER.derivedHeaders(post(new byte[0]), KEYS)).containsEntry("x-acs-content-sha256", EMPTY_SHA256);
            assertThat(SIGNER.derivedHeaders(post(null), KEYS)).containsEntry("x-acs-content-sha256", EMPTY_SHA256);
            assertThat(SIGNER.canonicalRequest(post(null), KEYS)).endsWith("\n" + EMPTY_SHA256);
        }

        @Test
        void theHashedPayloadIsTheHexSha256OfTheBody() {
            String hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
            byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
            assertThat(SIGNER.derivedHeaders(post(abc), KEYS)).containsEntry("x-acs-content-sha256", hash);
            assertThat(SIGNER.canonicalRequest(post(abc), KEYS))
                    .contains("\nx-acs-content-sha256:" + hash + "\n")
                    .endsWith("\n" + hash);
        }

        @Test
        void changingOneByteOfTheBodyChangesTheSignature() {
            byte[] body = "{\"name\":\"ack-edge-demo\"}".getBytes(StandardCharsets.UTF_8);
            String before = SIGNER.authorization(post(body), KEYS);
            for (int i = 0; i < body.length; i++) {
                byte[] changed = body.clone();
                changed[i] ^= 0x01;
                assertThat(signature(SIGNER.authorization(post(changed), KEYS))).as("byte %d", i)
                        .isNotEqualTo(signature(before));
            }
            assertThat(SIGNER.authorization(post(body.clone()), KEYS)).isEqualTo(before);
        }

        @Test
        void aStaleContentHashHeaderIsReplaced() {
            SignableRequest stale = post(new byte[0]).withHeaders(Map.of("X-Acs-Content-Sha256", "stale"));
            assertThat(SIGNER.authorization(stale, KEYS)).isEqualTo(SIGNER.authorization(post(new byte[0]), KEYS));
            assertThat(SIGNER.sign(stale, KEYS).header("x-acs-content-sha256")).contains(EMPTY_SHA256);
        }
    }

    @Nested
    class CanonicalHeaders {
        @Test
        void lowerCasesSortsAndTrimsHostContentTypeAndXAcsHeadersOnly() {
            SignableRequest request = get(Map.of(), map(
                    "X-Acs-Version", " 2015-12-15 ",
                    "User-Agent", "ua",
                    "Host", "\tcs.cn-hangzhou.aliyuncs.com ",
                    "Accept", "application/json",
                    "X-ACS-ACTION", "  Describe  Clusters\t",
                    "Content-Type", " text/plain ",
                    "Authorization", "stale",
                    "x-acs-date", "2026-11-25T06:46:17Z",
                    "Date", "Wed, 25 Nov 2026 06:46:18 GMT",
                    "x-acsnot", "no"));
            assertThat(SIGNER.canonicalRequest(request, KEYS)).isEqualTo("GET\n/clusters\n\n"
                    + "content-type:text/plain\n"
                    + "host:cs.cn-hangzhou.aliyuncs.com\n"
                    + "x-acs-action:Describe  Clusters\n"
                    + "x-acs-content-sha256:" + EMPTY_SHA256 + "\n"
                    + "x-acs-date:2026-11-25T06:46:17Z\n"
                    + "x-acs-version:2015-12-15\n"
                    + "\n"
                    + "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-version\n"
                    + EMPTY_SHA256);
        }

        @Test
        void nameCaseDoesNotChangeTheSignature() {
            SignableRequest lower = get(Map.of(), map("host", "h", "x-acs-action", "A", "content-type", "t"));
            SignableRequest mixed = get(Map.of(), map("HOST", "h", "X-Acs-Action", "A", "Content-Type", "t"));
            assertThat(SIGNER.authorization(mixed, KEYS)).isEqualTo(SIGNER.authorization(lower, KEYS));
        }

        @Test
        void outerWhitespaceDoesNotChangeTheSignatureButInnerWhitespaceDoes() {
            SignableRequest plain = get(Map.of(), map("host", "h", "x-acs-action", "A B"));
            SignableRequest padded = get(Map.of(), map("host", " h\t", "x-acs-action", "\t A B  "));
            SignableRequest inner = get(Map.of(), map("host", "h", "x-acs-action", "A  B"));
            assertThat(SIGNER.authorization(padded, KEYS)).isEqualTo(SIGNER.authorization(plain, KEYS));
            assertThat(SIGNER.authorization(inner, KEYS)).isNotEqualTo(SIGNER.authorization(plain, KEYS));
        }

        @Test
        void unsignedHeadersDoNotChangeTheSignature() {
            SignableRequest bare = get(Map.of(), map("host", "h"));
            SignableRequest more = get(Map.of(), map("host", "h", "user-agent", "x", "accept", "y", "Authorization", "z"));
            assertThat(SIGNER.authorization(more, KEYS)).isEqualTo(SIGNER.authorization(bare, KEYS));
        }
    }

    @Nested
    class CanonicalUriAndQuery {
        @Test
        void encodesThePathSegmentBySegment() {
            SignableRequest request = new SignableRequest("GET", "/clusters/c 1*~+/nodepools", Map.of(), Map.of(), null);
            assertThat(SIGNER.canonicalRequest(request, KEYS)).startsWith("GET\n/clusters/c%201%2A~%2B/nodepools\n\n");
        }

        @Test
        void sortsByTheDecodedKeyAndEncodesKeysAndValues() {
            // Sorted before encoding: "a." < "a/" although "a%2F" < "a." once encoded.
            SignableRequest request = get(map("b", "2", "a/", "x y", "a.", "*~", "A", "1"), Map.of());
            assertThat(SIGNER.canonicalRequest(request, KEYS))
                    .startsWith("GET\n/clusters\nA=1&a.=%2A~&a%2F=x%20y&b=2\n");
        }

        @Test
        void anEmptyValueKeepsItsEqualsSign() {
            SignableRequest request = get(map("region_id", "", "page", "1"), Map.of());
            assertThat(SIGNER.canonicalRequest(request, KEYS)).startsWith("GET\n/clusters\npage=1&region_id=\n");
        }

        @Test
        void noQueryGivesAnEmptyLine() {
            assertThat(SIGNER.canonicalRequest(get(Map.of(), Map.of()), KEYS)).startsWith("GET\n/clusters\n\n");
        }
    }

    @Nested
    class SecurityToken {
        @Test
        void addsTheIdAndTokenHeadersAndSignsThem() {
            Credentials sts = Credentials.of("AKID", SECRET, TOKEN);
            SignableRequest request = get(Map.of(), map("host", "h"));
            assertThat(SIGNER.derivedHeaders(request, sts))
                    .containsEntry("x-acs-accesskey-id", "AKID")
                    .containsEntry("x-acs-security-token", TOKEN);
            assertThat(SIGNER.derivedHeaders(request, KEYS)).containsOnlyKeys("x-acs-content-sha256");
            String authorization = SIGNER.authorization(request, sts);
            assertThat(authorization)
                    .contains("SignedHeaders=host;x-acs-accesskey-id;x-acs-content-sha256;x-acs-security-token,")
                    .doesNotContain("=" + TOKEN, SECRET);
            assertThat(SIGNER.sign(request, sts).header("x-acs-security-token")).contains(TOKEN);
        }
    }

    @Nested
    class Signing {
        @Test
        void matchesAnIndependentComputation() {
            // Expected value computed with Python's hashlib/hmac from the canonical request below.
            SignableRequest request = new SignableRequest("PUT", "/clusters/c 1*~/nodepools",
                    map("q", "x y+z", "empty", "", "a/", "2", "a.", "1"),
                    map("host", "cs.cn-hangzhou.aliyuncs.com",
                            "x-acs-version", "2015-12-15",
                            "x-acs-action", "ModifyCluster",
                            "x-acs-date", "2026-11-25T06:46:17Z",
                            "x-acs-signature-nonce", "n-1",
                            "accept", "application/json",
                            "content-type", "application/json; charset=utf-8"),
                    "{\"name\":\"c 1\"}".getBytes(StandardCharsets.UTF_8));
            Credentials sts = Credentials.of("AKID", SECRET, TOKEN);
            String hash = "7ccf36009ee0e1edb61a7d0758976d61e7b75785c0d94c90bffe93b26cfa7f59";
            String signedHeaders = "content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;"
                    + "x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version";
            assertThat(SIGNER.canonicalRequest(request, sts)).isEqualTo("PUT\n/clusters/c%201%2A~/nodepools\n"
                    + "a.=1&a%2F=2&empty=&q=x%20y%2Bz\n"
                    + "content-type:application/json; charset=utf-8\n"
                    + "host:cs.cn-hangzhou.aliyuncs.com\n"
                    + "x-acs-accesskey-id:AKID\n"
                    + "x-acs-action:ModifyCluster\n"
                    + "x-acs-content-sha256:" + hash + "\n"
                    + "x-acs-date:2026-11-25T06:46:17Z\n"
                    + "x-acs-security-token:TOKEN\n"
                    + "x-acs-signature-nonce:n-1\n"
                    + "x-acs-version:2015-12-15\n"
                    + "\n" + signedHeaders + "\n" + hash);
            assertThat(SIGNER.authorization(request, sts)).isEqualTo("ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders="
                    + signedHeaders + ",Signature=8797eef4d6dd8b805791c4d1de025d5b8b7c37f387a2a65726bc795356ce9efd");
            assertThat(SIGNER.stringToSign(request, sts)).startsWith("ACS3-HMAC-SHA256\n").hasSize(17 + 64);
        }

        @Test
        void signAddsTheDerivedHeadersAndTheAuthorization() {
            SignableRequest request = post(new byte[0]).withHeaders(Map.of("authorization", "stale"));
            SignableRequest signed = SIGNER.sign(request, KEYS);
            assertThat(signed.header("Authorization")).contains(SIGNER.authorization(request, KEYS));
            assertThat(signed.headers()).containsKey("Authorization").doesNotContainKey("authorization");
            assertThat(signed.header("x-acs-content-sha256")).contains(EMPTY_SHA256);
            assertThat(signed.body()).isEqualTo(request.body());
            assertThat(request.header("x-acs-content-sha256")).isEmpty();
        }

        @Test
        void theSecretChangesTheSignature() {
            assertThat(SIGNER.authorization(post(null), Credentials.of("AKID", "other")))
                    .isNotEqualTo(SIGNER.authorization(post(null), KEYS));
        }

        @Test
        void givesTheSameSignatureOnManyThreadsAtOnce() throws Exception {
            byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
            String expected = SIGNER.authorization(post(body), KEYS);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Set<String>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    futures.add(pool.submit(() -> {
                        Set<String> seen = new HashSet<>();
                        for (int i = 0; i < 200; i++) {
                            seen.add(SIGNER.authorization(post(body), KEYS));
                        }
                        return seen;
                    }));
                }
                for (Future<Set<String>> future : futures) {
                    assertThat(future.get(60, TimeUnit.SECONDS)).containsExactly(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void formatsTheTimestampAsTheSdk() {
            assertThat(AcsV3Signer.timestamp(Instant.parse("2026-11-05T06:04:07.987Z"))).isEqualTo("2026-11-05T06:04:07Z");
        }
    }
}
