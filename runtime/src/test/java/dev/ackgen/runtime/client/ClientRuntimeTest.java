package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.json.JsonReading;
import dev.ackgen.runtime.signing.AcsV3Signer;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.RoaV1Signer;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClientRuntimeTest {
    private static final String SECRET = "SECRETxyz-never-shown";
    private static final String TOKEN = "TOKENabc-never-shown";
    private static final Credentials CREDENTIALS = Credentials.of("AKID", SECRET);
    private static final Instant NOW = Instant.parse("2026-11-25T06:46:17Z");

    private final ScriptedTransport transport = new ScriptedTransport();
    private final AtomicInteger nonces = new AtomicInteger();

    private ClientRuntime runtime(SignatureVersion version, Credentials credentials) {
        return new ClientRuntime(new TestBuilder()
                .endpoint(URI.create("http://127.0.0.1:18080"))
                .credentialsProvider(CredentialsProvider.of(credentials))
                .transport(transport)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .nonceSource(() -> "nonce-" + nonces.incrementAndGet())
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build())
                .signatureVersion(version)
                .userAgent("test-agent")
                .build(), "2015-12-15");
    }

    private ClientRuntime runtime() {
        return runtime(SignatureVersion.V3, CREDENTIALS);
    }

    private static ApiCall<String> createCall() {
        return ApiCall.builder("CreateCluster", "POST", "/clusters", ClientRuntimeTest::clusterId)
                .body("{\"name\":\"a\",\"login_password\":\"Hunter2-pw\"}", (value, generator) -> generator.writeRawValue(value))
                .build();
    }

    private static ApiCall<String> describeCall() {
        return ApiCall.builder("DescribeClusterDetail", "GET", "/clusters/{ClusterId}", ClientRuntimeTest::clusterId)
                .pathParameter("ClusterId", "c-1 2")
                .query("page", 2)
                .query("name", "a b*c~d&e")
                .build();
    }

    private static String clusterId(JsonParser parser) throws IOException {
        JsonReading.expectObject(parser);
        String id = null;
        String member;
        while ((member = parser.nextFieldName()) != null) {
            parser.nextToken();
            if (member.equals("cluster_id")) {
                id = JsonReading.readString(parser);
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    @Test
    void signsWithV3AndTheHeadersAckExpects() {
        transport.thenRespond(200, "{\"cluster_id\":\"c-1\"}");
        assertThat(runtime().call(createCall())).isEqualTo("c-1");

        TransportRequest sent = transport.sent().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri()).isEqualTo(URI.create("http://127.0.0.1:18080/clusters"));
        assertThat(sent.headers())
                .containsEntry("host", "127.0.0.1:18080")
                .containsEntry("x-acs-action", "CreateCluster")
                .containsEntry("x-acs-version", "2015-12-15")
                .containsEntry("x-acs-date", "2026-11-25T06:46:17Z")
                .containsEntry("x-acs-signature-nonce", "nonce-1")
                .containsEntry("accept", "application/json")
                .containsEntry("content-type", "application/json; charset=utf-8")
                .containsEntry("user-agent", "test-agent");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"a\",\"login_password\":\"Hunter2-pw\"}");
        assertThat(sent.headers().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=AKID,");
        assertThat(sent.headers().get("Authorization")).isEqualTo(recomputed(sent, AcsV3Signer.INSTANCE, CREDENTIALS));
    }

    @Test
    void signsWithV1WhenAsked() {
        transport.thenRespond(200, "{\"cluster_id\":\"c-1\"}");
        runtime(SignatureVersion.V1, CREDENTIALS).call(createCall());

        TransportRequest sent = transport.sent().get(0);
        assertThat(sent.headers())
                .containsEntry("date", "Wed, 25 Nov 2026 06:46:17 GMT")
                .containsEntry("x-acs-signature-method", "HMAC-SHA1")
                .containsEntry("x-acs-signature-version", "1.0")
                .doesNotContainKey("x-acs-date");
        assertThat(sent.headers().get("Authorization")).startsWith("acs AKID:")
                .isEqualTo(recomputed(sent, RoaV1Signer.INSTANCE, CREDENTIALS));
    }

    @Test
    void stsTokenTravelsAsSecurityTokenHeader() {
        transport.thenRespond(200, "{}");
        Credentials sts = Credentials.of("STS.ID", SECRET, TOKEN);
        runtime(SignatureVersion.V3, sts).call(createCall());
        TransportRequest sent = transport.sent().get(0);
        assertThat(sent.headers()).containsEntry("x-acs-security-token", TOKEN);
        assertThat(sent.headers().get("Authorization")).isEqualTo(recomputed(sent, AcsV3Signer.INSTANCE, sts));
        assertThat(sent.toString()).doesNotContain(TOKEN, SECRET);
    }

    @Test
    void encodesPathAndQueryAsSigned() {
        transport.thenRespond(200, "{\"cluster_id\":\"c-1\"}");
        runtime().call(describeCall());
        TransportRequest sent = transport.sent().get(0);
        assertThat(sent.uri().getRawPath()).isEqualTo("/clusters/c-1%202");
        assertThat(sent.uri().getRawQuery()).isEqualTo("page=2&name=a%20b%2Ac~d%26e");
        assertThat(sent.headers()).doesNotContainKey("content-type");
        assertThat(sent.body()).isEmpty();
        assertThat(sent.headers().get("Authorization")).isEqualTo(recomputed(sent, AcsV3Signer.INSTANCE, CREDENTIALS));
    }

    @Test
    void postDroppedAfterSendingIsNotSentAgain() {
        transport.thenFail(new IOException("HTTP/1.1 header parser received no bytes"));
        AckClientException e = catchThrowableOfType(AckClientException.class, () -> runtime().call(createCall()));
        assertThat(transport.sent()).hasSize(1);
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e).hasMessageStartingWith("CreateCluster failed: I/O failure: IOException");
    }

    @Test
    void postThatNeverConnectedIsRetriedWithFreshNonce() {
        transport.thenFail(new RequestNotSentException("ConnectException: refused", new ConnectException("refused")))
                .thenRespond(200, "{\"cluster_id\":\"c-2\"}");
        assertThat(runtime().call(createCall())).isEqualTo("c-2");
        assertThat(transport.sent()).hasSize(2);
        assertThat(transport.sent().get(0).headers().get("x-acs-signature-nonce")).isEqualTo("nonce-1");
        assertThat(transport.sent().get(1).headers().get("x-acs-signature-nonce")).isEqualTo("nonce-2");
        assertThat(transport.sent().get(1).headers().get("Authorization"))
                .isNotEqualTo(transport.sent().get(0).headers().get("Authorization"));
    }

    @Test
    void throttledPostIsRetried() {
        transport.thenRespond(429, "{\"code\":\"Throttling.User\",\"message\":\"slow down\"}")
                .thenRespond(400, "{\"Code\":\"Throttling.Api\",\"Message\":\"still\"}")
                .thenRespond(200, "{\"cluster_id\":\"c-3\"}");
        assertThat(runtime().call(createCall())).isEqualTo("c-3");
        assertThat(transport.sent()).hasSize(3);
    }

    @Test
    void throttlingGivesUpAfterMaxAttempts() {
        for (int i = 0; i < 3; i++) {
            transport.thenRespond(429, "{\"code\":\"Throttling.User\",\"message\":\"slow down\",\"requestId\":\"R" + i + "\"}");
        }
        AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> runtime().call(createCall()));
        assertThat(transport.sent()).hasSize(3);
        assertThat(e.isThrottling()).isTrue();
        assertThat(e.requestId()).contains("R2");
    }

    @Test
    void serverErrorIsRetriedForReadsOnly() {
        transport.thenRespond(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}");
        assertThatThrownBy(() -> runtime().call(createCall())).isInstanceOf(AckServiceException.class);
        assertThat(transport.sent()).hasSize(1);

        ScriptedTransport reads = transport.thenRespond(503, "{\"code\":\"ServiceUnavailable\"}")
                .thenRespond(200, "{\"cluster_id\":\"c-4\"}");
        assertThat(runtime().call(describeCall())).isEqualTo("c-4");
        assertThat(reads.sent()).hasSize(3);
    }

    @Test
    void readsRetryIoFailuresUntilTheLastAttempt() {
        transport.thenFail(new IOException("reset")).thenFail(new IOException("reset")).thenFail(new IOException("reset again"));
        assertThatThrownBy(() -> runtime().call(describeCall()))
                .isInstanceOf(AckClientException.class)
                .hasMessageContaining("reset again");
        assertThat(transport.sent()).hasSize(3);
    }

    @Test
    void timeoutIsATypedClientException() {
        transport.thenFail(new HttpTimeoutException("request timed out"));
        AckTimeoutException e = catchThrowableOfType(AckTimeoutException.class, () -> runtime().call(createCall()));
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.action()).isEqualTo("CreateCluster");
        assertThat(transport.sent()).hasSize(1);
    }

    @Test
    void ackErrorBodiesBecomeServiceExceptions() {
        transport.thenRespond(400, "{\"code\":\"ErrorCheckAcl\",\"message\":\"no permission\",\"requestId\":\"REQ-1\","
                + "\"recommend\":\"https://api.aliyun.com/troubleshoot?q=ErrorCheckAcl\"}");
        AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> runtime().call(createCall()));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).contains("ErrorCheckAcl");
        assertThat(e.errorMessage()).contains("no permission");
        assertThat(e.requestId()).contains("REQ-1");
        assertThat(e.recommend()).contains("https://api.aliyun.com/troubleshoot?q=ErrorCheckAcl");
        assertThat(e.isThrottling()).isFalse();
        assertThat(e).hasMessage("CreateCluster failed: HTTP 400 ErrorCheckAcl: no permission (request id REQ-1)");
    }

    @Test
    void capitalisedErrorMembersAreReadToo() {
        transport.thenRespond(404, "{\"Code\":\"ErrorClusterNotFound\",\"Message\":\"gone\",\"RequestId\":\"REQ-2\",\"HostId\":\"cs\"}");
        AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> runtime().call(describeCall()));
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.errorCode()).contains("ErrorClusterNotFound");
        assertThat(e.errorMessage()).contains("gone");
        assertThat(e.requestId()).contains("REQ-2");
    }

    @Test
    void nonJsonErrorBodyIsQuotedShortAndPrintable() {
        String page = "<html>\n<body>502 Bad Gateway</body></html>" + "x".repeat(500);
        transport.thenRespond(502, page);
        AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> runtime().call(createCall()));
        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.requestId()).contains("HDR-REQ");
        assertThat(e.getMessage())
                .startsWith("CreateCluster failed: HTTP 502, body: <html>?<body>502 Bad Gateway</body></html>xxx")
                .contains("... (" + page.length() + " bytes)")
                .hasSizeLessThan(300);
    }

    @Test
    void emptyErrorBodyStillSaysWhatHappened() {
        transport.thenRespond(500, "");
        assertThatThrownBy(() -> runtime().call(createCall()))
                .isInstanceOf(AckServiceException.class)
                .hasMessage("CreateCluster failed: HTTP 500, empty body (request id HDR-REQ)");
    }

    @Test
    void unreadableSuccessBodyIsAClientException() {
        transport.thenRespond(200, "{\"cluster_id\": [1");
        assertThatThrownBy(() -> runtime().call(createCall()))
                .isInstanceOf(AckClientException.class)
                .hasMessageStartingWith("CreateCluster failed: the response (HTTP 200) could not be read")
                .hasMessageEndingWith("(request id HDR-REQ)");
        assertThat(transport.sent()).hasSize(1);
    }

    @Test
    void emptySuccessBodyIsAnErrorWhereTheOperationReturnsOne() {
        transport.thenRespond(200, "");
        assertThatThrownBy(() -> runtime().call(createCall()))
                .isInstanceOf(AckClientException.class)
                .hasMessage("CreateCluster failed: the response (HTTP 200) has no body, where the operation returns one"
                        + " (request id HDR-REQ)");
    }

    @Test
    void operationsWithoutResponseBodyIgnoreWhatComes() {
        transport.thenRespond(202, "").thenRespond(200, "{\"whatever\":1}");
        ApiCall<Void> delete = ApiCall.builder("DeleteCluster", "DELETE", "/clusters/c-1", ApiCall.noContent()).build();
        assertThat(runtime().call(delete)).isNull();
        assertThat(runtime().call(delete)).isNull();
    }

    @Test
    void readerFailuresAreClientExceptionsToo() {
        transport.thenRespond(200, "{\"cluster_id\":\"c-1\"}");
        ApiCall<String> call = ApiCall.<String>builder("X", "GET", "/x", parser -> {
            throw new IllegalStateException("reader broke");
        }).build();
        assertThatThrownBy(() -> runtime().call(call))
                .isInstanceOf(AckClientException.class)
                .hasMessage("X failed: the response (HTTP 200) could not be read: reader broke (request id HDR-REQ)");
    }

    @Test
    void secretsEchoedByTheServerAreBlankedOut() {
        Credentials sts = Credentials.of("STS.ID", SECRET, TOKEN);
        ClientRuntime runtime = runtime(SignatureVersion.V3, sts);
        ApiCall<String> call = ApiCall.builder("CreateCluster", "POST", "/clusters", ClientRuntimeTest::clusterId)
                .secret("Hunter2-pw")
                .body("{}", (value, generator) -> generator.writeRawValue(value))
                .build();
        transport.thenRespond(400, "{\"Code\":\"InvalidParameter\",\"Message\":\"login_password Hunter2-pw is invalid\"}")
                .thenRespond(400, "{\"code\":\"SignatureDoesNotMatch\",\"message\":\"string to sign: x-acs-security-token:"
                        + TOKEN + " with " + SECRET + "\"}")
                .thenRespond(502, "<html>token " + TOKEN + "</html>");
        for (int i = 0; i < 3; i++) {
            AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> runtime.call(call));
            assertThat(e.getMessage()).doesNotContain("Hunter2-pw", TOKEN, SECRET).contains("***");
            assertThat(String.valueOf(e.errorMessage().orElse(""))).doesNotContain("Hunter2-pw", TOKEN, SECRET);
        }
    }

    @Test
    void retryAfterIsHonouredWithinTheMaximumAndThrottlingNeverRetriesAtOnce() {
        ClientRuntime runtime = new ClientRuntime(new TestBuilder()
                .endpoint(URI.create("http://127.0.0.1:18080"))
                .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
                .transport(transport)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(40)).maxDelay(Duration.ofMillis(150))
                        .jitter(() -> 0.0).build())
                .build(), "2015-12-15");
        transport.then(request -> new TransportResponse(429, Map.of("Retry-After", java.util.List.of("30")),
                        "{\"code\":\"Throttling.User\"}".getBytes(StandardCharsets.UTF_8)))
                .thenRespond(429, "{\"code\":\"Throttling.User\"}")
                .thenRespond(200, "{\"cluster_id\":\"c-9\"}");
        long start = System.nanoTime();
        assertThat(runtime.call(createCall())).isEqualTo("c-9");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        // 150 ms (Retry-After 30 s, capped), then 40 ms (the base delay, though the jitter said 0).
        assertThat(elapsedMillis).isBetween(185L, 5_000L);
    }

    @Test
    void aCustomTransportsConnectFailuresCountAsNotSent() {
        transport.thenFail(new ConnectException("refused"))
                .thenFail(new java.net.http.HttpConnectTimeoutException("connect timed out"))
                .thenFail(new java.net.UnknownHostException("cs.nowhere"));
        AckClientException e = catchThrowableOfType(AckClientException.class, () -> runtime().call(createCall()));
        assertThat(transport.sent()).hasSize(3);
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e).hasMessage("CreateCluster failed: could not connect: UnknownHostException: cs.nowhere");
    }

    @Test
    void aTransportThatThrowsAtOnceStillFailsTheFuture() {
        Transport broken = new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) {
                throw new IllegalStateException("closed");
            }

            @Override
            public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
                throw new IllegalStateException("closed");
            }
        };
        ClientRuntime runtime = new ClientRuntime(new TestBuilder().endpoint(URI.create("http://127.0.0.1:1"))
                .credentialsProvider(CredentialsProvider.of(CREDENTIALS)).transport(broken).build(), "2015-12-15");
        assertThatThrownBy(() -> runtime.callAsync(ClientRuntimeTest::createCall).join())
                .isInstanceOf(CompletionException.class).hasRootCauseMessage("closed");
    }

    @Test
    void operationHeadersNeverReplaceProtocolHeaders() {
        transport.thenRespond(200, "{\"cluster_id\":\"c-1\"}");
        runtime().call(ApiCall.builder("X", "POST", "/x", ClientRuntimeTest::clusterId)
                .body("{}", (value, generator) -> generator.writeRawValue(value))
                .header("Content-Type", "text/evil")
                .header("X-Acs-Action", "DeleteCluster")
                .header("x-trace", "t-1")
                .build());
        Map<String, String> headers = transport.sent().get(0).headers();
        assertThat(headers).containsEntry("x-acs-action", "X").containsEntry("x-trace", "t-1")
                .containsEntry("content-type", "application/json; charset=utf-8")
                .doesNotContainKeys("Content-Type", "X-Acs-Action");
    }

    @Test
    void defaultPortsAreLeftOutOfTheSignedHost() {
        assertThat(ClientRuntime.hostHeader(URI.create("https://cs.cn-hangzhou.aliyuncs.com:443")))
                .isEqualTo("cs.cn-hangzhou.aliyuncs.com");
        assertThat(ClientRuntime.hostHeader(URI.create("http://127.0.0.1:80"))).isEqualTo("127.0.0.1");
        assertThat(ClientRuntime.hostHeader(URI.create("http://127.0.0.1:443"))).isEqualTo("127.0.0.1:443");
        assertThat(ClientRuntime.hostHeader(URI.create("http://[::1]:8080"))).isEqualTo("[::1]:8080");
        assertThat(ClientRuntime.hostHeader(URI.create("https://[::1]:443"))).isEqualTo("[::1]");
        assertThat(ClientRuntime.hostHeader(URI.create("https://cs.cn-hangzhou.aliyuncs.com")))
                .isEqualTo("cs.cn-hangzhou.aliyuncs.com");
    }

    @Test
    void asyncCallsRetryAndFailLikeSyncCalls() throws Exception {
        transport.thenRespond(429, "{\"code\":\"Throttling.User\"}").thenRespond(200, "{\"cluster_id\":\"c-5\"}");
        assertThat(runtime().callAsync(ClientRuntimeTest::createCall).get()).isEqualTo("c-5");

        transport.thenFail(new IOException("dropped"));
        assertThatThrownBy(() -> runtime().callAsync(ClientRuntimeTest::createCall).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AckClientException.class);
        assertThat(transport.sent()).hasSize(3);
    }

    @Test
    void asyncCallThatCannotBeBuiltFailsTheFuture() {
        IllegalArgumentException invalid = new IllegalArgumentException("invalid");
        assertThatThrownBy(() -> runtime().<String>callAsync(() -> {
            throw invalid;
        }).join()).hasCause(invalid);
        assertThat(transport.sent()).isEmpty();
    }

    @Test
    void noSecretInAnyMessageOrToString() {
        Credentials sts = Credentials.of("STS.ID", SECRET, TOKEN);
        ClientRuntime runtime = runtime(SignatureVersion.V3, sts);
        transport.thenRespond(400, "{\"code\":\"X\",\"message\":\"bad\"}").thenFail(new IOException("dropped"));
        Throwable service = catchThrowableOfType(AckServiceException.class, () -> runtime.call(createCall()));
        Throwable client = catchThrowableOfType(AckClientException.class, () -> runtime.call(createCall()));
        for (Object shown : new Object[] {service.getMessage(), client.getMessage(), runtime, runtime.settings(),
                createCall(), transport.sent().get(0), sts}) {
            assertThat(String.valueOf(shown)).doesNotContain(SECRET, TOKEN, "Hunter2-pw");
        }
    }

    private static String recomputed(TransportRequest sent, dev.ackgen.runtime.signing.RequestSigner signer, Credentials credentials) {
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery = sent.uri().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>(sent.headers());
        headers.remove("Authorization");
        SignableRequest request = new SignableRequest(sent.method(),
                URLDecoder.decode(sent.uri().getRawPath(), StandardCharsets.UTF_8), query, headers, sent.body());
        return signer.authorization(request, credentials);
    }

    /** ClientBuilder's settings() is protected: a builder like the generated ones. */
    private static final class TestBuilder extends ClientBuilder<TestBuilder> {
        TestBuilder() {
            super("https://cs.{region}.aliyuncs.com");
        }

        @Override
        protected TestBuilder self() {
            return this;
        }

        ClientSettings build() {
            return settings();
        }
    }
}
