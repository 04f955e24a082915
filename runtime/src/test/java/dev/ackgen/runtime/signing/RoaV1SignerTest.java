package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoaV1SignerTest {
    private static final String SECRET = "SECRET";
    private static final String TOKEN = "TOKEN";
    private static final RoaV1Signer SIGNER = RoaV1Signer.INSTANCE;
    private static final Credentials KEYS = Credentials.of("AKID", SECRET);

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Nested
    class StringToSign {
        @Test
        void leavesAbsentStandardHeadersAsEmptyLines() {
            SignableRequest request = new SignableRequest("GET", "/clusters", Map.of(), Map.of(), null);
            assertThat(SIGNER.stringToSign(request, KEYS)).isEqualTo("GET\n\n\n\n\n"
                    + "x-acs-signature-method:HMAC-SHA1\n"
                    + "x-acs-signature-version:1.0\n"
                    + "/clusters");
        }

        @Test
        void takesStandardHeadersAsTheyAreAndCanonicalisesXAcsHeaders() {
            SignableRequest request = new SignableRequest("POST", "/clusters", Map.of(), map(
                    "Accept", " application/json ",
                    "Content-MD5", "md5==",
                    "Content-Type", "application/json; charset=utf-8",
                    "Date", "Wed, 25 Nov 2026 06:46:18 GMT",
                    "X-Acs-Version", " 2015-12-15\t",
                    "X-ACS-ACTION", "Create  Cluster",
                    "Host", "h",
                    "User-Agent", "ua",
                    "x-acsnot", "no"), null);
            assertThat(SIGNER.stringToSign(request, KEYS)).isEqualTo("POST\n"
                    + " application/json \n"
                    + "md5==\n"
                    + "application/json; charset=utf-8\n"
                    + "Wed, 25 Nov 2026 06:46:18 GMT\n"
                    + "x-acs-action:Create  Cluster\n"
                    + "x-acs-signature-method:HMAC-SHA1\n"
                    + "x-acs-signature-version:1.0\n"
                    + "x-acs-version:2015-12-15\n"
                    + "/clusters");
        }

        @Test
        void putsTheQueryRawAndSortedAfterTheEncodedPathAndDropsTheEqualsSignOfEmptyValues() {
            SignableRequest request = new SignableRequest("GET", "/clusters/c 1",
                    map("name", "a b&c", "region_id", "", "cluster_type", "ManagedKubernetes"), Map.of(), null);
            assertThat(SIGNER.stringToSign(request, KEYS))
                    .endsWith("\n/clusters/c%201?cluster_type=ManagedKubernetes&name=a b&c&region_id");
        }
    }

    @Nested
    class Signing {
        @Test
        void matchesAnIndependentComputation() {
            // Expected value computed with Python's hmac/base64 from the string to sign below.
            SignableRequest request = new SignableRequest("DELETE", "/clusters/c 1",
                    map("retain_resources", "a b,c/d", "keep_slb", "true", "retain_all_resources", ""),
                    map("host", "cs.cn-hangzhou.aliyuncs.com",
                            "date", RoaV1Signer.date(Instant.parse("2026-11-05T06:46:18Z")),
                            "accept", "application/json",
                            "x-acs-signature-nonce", "n-2",
                            "x-acs-version", "2015-12-15",
                            "x-acs-action", "DeleteCluster"),
                    null);
            Credentials sts = Credentials.of("AKID", SECRET, TOKEN);
            assertThat(SIGNER.stringToSign(request, sts)).isEqualTo("DELETE\napplication/json\n\n\n"
                    + "Thu, 05 Nov 2026 06:46:18 GMT\n"
                    + "x-acs-accesskey-id:AKID\n"
                    + "x-acs-action:DeleteCluster\n"
                    + "x-acs-security-token:TOKEN\n"
                    + "x-acs-signature-method:HMAC-SHA1\n"
                    + "x-acs-signature-nonce:n-2\n"
                    + "x-acs-signature-version:1.0\n"
                    + "x-acs-version:2015-12-15\n"
                    + "/clusters/c%201?keep_slb=true&retain_all_resources&retain_resources=a b,c/d");
            assertThat(SIGNER.authorization(request, sts)).isEqualTo("acs AKID:ZPMPY0TVmQ8lYBEzSTagZkWcR84=");
        }

        @Test
        void doesNotCoverTheBodyAsTheSdkSendsNoContentMd5() {
            SignableRequest a = new SignableRequest("POST", "/clusters", Map.of(), Map.of(),
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            SignableRequest b = new SignableRequest("POST", "/clusters", Map.of(), Map.of(),
                    "{\"a\":2}".getBytes(StandardCharsets.UTF_8));
            assertThat(SIGNER.authorization(b, KEYS)).isEqualTo(SIGNER.authorization(a, KEYS));
            assertThat(SIGNER.derivedHeaders(a, KEYS)).doesNotContainKey("content-md5");
        }

        @Test
        void signAddsTheSignatureHeadersAndTheAuthorization() {
            SignableRequest request = new SignableRequest("GET", "/clusters", Map.of(), map("host", "h"), null);
            SignableRequest signed = SIGNER.sign(request, Credentials.of("AKID", SECRET, TOKEN));
            assertThat(signed.headers()).containsEntry("x-acs-signature-method", "HMAC-SHA1")
                    .containsEntry("x-acs-signature-version", "1.0")
                    .containsEntry("x-acs-accesskey-id", "AKID")
                    .containsEntry("x-acs-security-token", TOKEN);
            assertThat(signed.header("authorization").orElseThrow()).startsWith("acs AKID:").doesNotContain(TOKEN, SECRET);
        }

        @Test
        void formatsTheDateAsTheSdkWithATwoDigitDay() {
            assertThat(RoaV1Signer.date(Instant.parse("2026-11-05T06:04:07.5Z"))).isEqualTo("Thu, 05 Nov 2026 06:04:07 GMT");
            assertThat(RoaV1Signer.date(Instant.parse("2026-11-25T06:46:18Z"))).isEqualTo("Wed, 25 Nov 2026 06:46:18 GMT");
        }
    }
}
