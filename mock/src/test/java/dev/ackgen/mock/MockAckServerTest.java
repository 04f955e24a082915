package dev.ackgen.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ackgen.runtime.signing.AcsV3Signer;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.RequestSigner;
import dev.ackgen.runtime.signing.RoaV1Signer;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockAckServerTest {
    static final String ID = "AKID-mock";
    static final String SECRET = "mock-secret-Xy7qPz";
    static final String STS_ID = "STS.AKID-mock";
    static final String STS_SECRET = "sts-secret-Lm3Wv";
    static final String TOKEN = "sts-token-Q9rT5uVw";
    static final String PASSWORD = "Hello1234-Pw";
    static final Credentials KEYS = Credentials.of(ID, SECRET);
    static final Credentials STS = Credentials.of(STS_ID, STS_SECRET, TOKEN);
    static final String CREATE_BODY = "{\"name\":\"ack-edge-demo\",\"login_password\":\"" + PASSWORD + "\"}";
    static final String CREATED = "{\"cluster_id\":\"c-mock\",\"request_id\":\"r\",\"task_id\":\"T-1\"}";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final RequestSigner V3 = AcsV3Signer.INSTANCE;
    static final RequestSigner V1 = RoaV1Signer.INSTANCE;

    MockAckServer server;
    URI endpoint;

    @BeforeEach
    void start() throws IOException {
        server = MockAckServer.builder()
                .credentials(KEYS)
                .credentials(STS)
                .respond("CreateCluster", MockResponse.json(202, CREATED).withHeader("x-mock", "yes"))
                .handler("DescribeClusterDetail", request -> MockResponse.json(200,
                        "{\"cluster_id\":\"" + request.path().substring(request.path().lastIndexOf('/') + 1) + "\"}"))
                .handler("Boom", request -> {
                    throw new IllegalStateException("boom " + SECRET);
                })
                .respond("DeleteCluster", MockResponse.empty(202))
                .start();
        endpoint = server.endpoint();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> createCluster(RequestSigner signer, Credentials credentials)
            throws IOException, InterruptedException {
        return SignedCall.post("CreateCluster", CREATE_BODY).send(CLIENT, signer, credentials, endpoint);
    }

    static JsonNode error(HttpResponse<String> response) throws IOException {
        JsonNode error = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("content-type")).contains(MockResponse.JSON);
        assertThat(error.path("requestId").asText())
                .isEqualTo(response.headers().firstValue("x-acs-request-id").orElseThrow());
        NoSecrets.assertFree("error body", response.body(), SECRET, STS_SECRET, TOKEN, PASSWORD);
        return error;
    }

    @Test
    void endpointIsLoopbackWithTheEphemeralPort() {
        assertThat(endpoint.toString()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
        assertThat(server.toString()).contains(endpoint.toString());
    }

    @Test
    void startWithoutCredentialsFails() {
        assertThatThrownBy(() -> MockAckServer.builder().start()).isInstanceOf(IllegalStateException.class);
    }

    @Nested
    class ValidRequests {
        @Test
        void aV3RequestGetsTheCannedResponse() throws Exception {
            HttpResponse<String> response = createCluster(V3, KEYS);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo(CREATED);
            assertThat(response.headers().firstValue("x-mock")).contains("yes");
            assertThat(response.headers().firstValue("x-acs-request-id"))
                    .contains("00000000-0000-4000-8000-000000000001");
            ReceivedRequest received = server.received().get(0);
            assertThat(server.received()).hasSize(1);
            assertThat(received.action()).contains("CreateCluster");
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.rawPath()).isEqualTo("/clusters");
            NoSecrets.assertSameBody("received body", received.body(), CREATE_BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(received.header("X-ACS-VERSION")).contains("2015-12-15");
            assertThat(received.headers().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
            assertThat(received.signatureCheck().algorithm()).isEqualTo(SignatureCheck.Algorithm.V3);
            assertThat(received.signatureCheck().valid()).isTrue();
            assertThat(received.signatureCheck().accessKeyId()).contains(ID);
            assertThat(received.status()).hasValue(202);
            assertThat(received.dropped()).isFalse();
            assertThat(received.requestId()).isEqualTo("00000000-0000-4000-8000-000000000001");
        }

        @Test
        void aV1RequestGetsTheCannedResponse() throws Exception {
            HttpResponse<String> response = createCluster(V1, KEYS);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo(CREATED);
            ReceivedRequest received = server.received("CreateCluster").get(0);
            assertThat(received.signatureCheck().algorithm()).isEqualTo(SignatureCheck.Algorithm.V1);
            assertThat(received.signatureCheck().valid()).isTrue();
        }

        @Test
        void pathAndQueryAreDecodedAsTheSignerSawThem() throws Exception {
            String awkward = "a b*c~d&e=f/g+h%i:j ü";
            for (RequestSigner signer : List.of(V3, V1)) {
                HttpResponse<String> response = SignedCall.get("DescribeClusterDetail", "/clusters/c 1+x")
                        .query("name", awkward).query("empty", "").query("page_size", "10")
                        .send(CLIENT, signer, KEYS, endpoint);
                assertThat(response.statusCode()).as("%s: %s", signer, response.body()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"cluster_id\":\"c 1+x\"}");
            }
            ReceivedRequest received = server.received("DescribeClusterDetail").get(0);
            assertThat(received.rawPath()).isEqualTo("/clusters/c%201%2Bx");
            assertThat(received.path()).isEqualTo("/clusters/c 1+x");
            assertThat(received.query()).containsExactly(Map.entry("name", awkward), Map.entry("empty", ""),
                    Map.entry("page_size", "10"));
            assertThat(received.rawQuery()).hasValueSatisfying(q -> assertThat(q).startsWith("name=a%20b%2Ac~d"));
        }

        @Test
        void stsCredentialsWithTheirTokenAreAccepted() throws Exception {
            assertThat(createCluster(V3, STS).statusCode()).isEqualTo(202);
            assertThat(createCluster(V1, STS).statusCode()).isEqualTo(202);
            assertThat(server.received()).allSatisfy(r -> assertThat(r.signatureCheck().valid()).isTrue());
        }

        @Test
        void aChunkedBodyIsDecodedAndVerified() throws Exception {
            SignedCall call = SignedCall.post("CreateCluster", CREATE_BODY);
            SignableRequest signed = call.sign(V3, KEYS, endpoint);
            byte[] body = signed.body();
            // An InputStream publisher has no known length: java.net.http sends it chunked.
            HttpRequest request = call.httpRequest(endpoint, signed,
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ReceivedRequest received = server.received().get(0);
            assertThat(received.header("transfer-encoding")).contains("chunked");
            NoSecrets.assertSameBody("received body", received.body(), body);
        }

        @Test
        void aHandlerAnswersDynamicallyAndAnEmptyResponseHasNoBody() throws Exception {
            HttpResponse<String> response = SignedCall.get("DeleteCluster", "/clusters/c1")
                    .send(CLIENT, V3, KEYS, endpoint);
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("x-acs-request-id")).isPresent();
        }
    }

    @Nested
    class Rejections {
        @Test
        void aWrongSecretIsSignatureDoesNotMatch() throws Exception {
            for (RequestSigner signer : List.of(V3, V1)) {
                HttpResponse<String> response = createCluster(signer, Credentials.of(ID, "not-" + SECRET));
                assertThat(response.statusCode()).isEqualTo(400);
                JsonNode error = error(response);
                assertThat(error.path("code").asText()).isEqualTo("SignatureDoesNotMatch");
                assertThat(error.path("message").asText()).contains("server string to sign");
            }
            assertThat(server.received()).allSatisfy(r -> {
                assertThat(r.signatureCheck().valid()).isFalse();
                assertThat(r.signatureCheck().errorCode()).contains("SignatureDoesNotMatch");
                assertThat(r.status()).hasValue(400);
            });
        }

        @Test
        void anUnknownAccessKeyIdIsNotFound() throws Exception {
            for (RequestSigner signer : List.of(V3, V1)) {
                HttpResponse<String> response = createCluster(signer, Credentials.of("AKID-unknown", SECRET));
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(error(response).path("code").asText()).isEqualTo("InvalidAccessKeyId.NotFound");
            }
        }

        @Test
        void aRequestWithoutAuthorizationIsRejected() throws Exception {
            SignedCall call = SignedCall.post("CreateCluster", CREATE_BODY);
            SignableRequest signed = call.sign(V3, KEYS, endpoint);
            HttpRequest request = HttpRequest.newBuilder(call.uri(endpoint))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()))
                    .header("x-acs-action", "CreateCluster").build();

            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response).path("code").asText()).isEqualTo("MissingAuthorization");
            assertThat(server.received().get(0).signatureCheck().algorithm()).isEqualTo(SignatureCheck.Algorithm.NONE);
        }

        @Test
        void aTamperedBodyFailsTheContentHash() throws Exception {
            SignedCall call = SignedCall.post("CreateCluster", CREATE_BODY);
            SignableRequest signed = call.sign(V3, KEYS, endpoint);
            byte[] tampered = CREATE_BODY.replace("ack-edge-demo", "ack-edge-evil").getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> response = CLIENT.send(
                    call.httpRequest(endpoint, signed, HttpRequest.BodyPublishers.ofByteArray(tampered)),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = error(response);
            assertThat(error.path("code").asText()).isEqualTo("SignatureDoesNotMatch");
            assertThat(error.path("message").asText()).contains("x-acs-content-sha256");
        }

        @Test
        void aV1ContentMd5MustMatchTheBodyButWithoutOneTheBodyIsNotCovered() throws Exception {
            SignedCall withMd5 = SignedCall.post("CreateCluster", CREATE_BODY)
                    .header("content-md5", "AAAAAAAAAAAAAAAAAAAAAA==");
            HttpResponse<String> response = CLIENT.send(
                    withMd5.httpRequest(endpoint, withMd5.sign(V1, KEYS, endpoint)), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response).path("code").asText()).isEqualTo("InvalidContentMD5");

            SignedCall plain = SignedCall.post("CreateCluster", CREATE_BODY);
            HttpResponse<String> tampered = CLIENT.send(plain.httpRequest(endpoint, plain.sign(V1, KEYS, endpoint),
                    HttpRequest.BodyPublishers.ofString("{\"name\":\"other\"}")), HttpResponse.BodyHandlers.ofString());
            assertThat(tampered.statusCode()).as("ROA V1 does not sign the body").isEqualTo(202);
        }

        @Test
        void anStsTokenMustBeTheIssuedOne() throws Exception {
            for (RequestSigner signer : List.of(V3, V1)) {
                HttpResponse<String> wrong = createCluster(signer, Credentials.of(STS_ID, STS_SECRET, "other-token"));
                assertThat(wrong.statusCode()).isEqualTo(400);
                assertThat(error(wrong).path("code").asText()).isEqualTo("InvalidSecurityToken.MismatchWithAccessKey");

                HttpResponse<String> missing = createCluster(signer, Credentials.of(STS_ID, STS_SECRET));
                assertThat(missing.statusCode()).isEqualTo(400);
                JsonNode error = error(missing);
                assertThat(error.path("code").asText()).isEqualTo("InvalidSecurityToken.MismatchWithAccessKey");
                assertThat(error.path("message").asText()).contains("missing");
            }
        }

        @Test
        void anStsSignatureMismatchMasksTheTokenInTheStringToSign() throws Exception {
            SignedCall call = SignedCall.get("DescribeClusterDetail", "/clusters/c1");
            SignableRequest signed = call.sign(V1, STS, endpoint);
            // Changing the date after signing breaks the V1 signature, whose string to sign holds the token.
            HttpRequest request = HttpRequest.newBuilder(call.uri(endpoint)).GET()
                    .headers(signed.headers().entrySet().stream()
                            .filter(e -> !e.getKey().equals("host"))
                            .flatMap(e -> e.getKey().equals("date") ? java.util.stream.Stream.of(e.getKey(), "x")
                                    : java.util.stream.Stream.of(e.getKey(), e.getValue()))
                            .toArray(String[]::new))
                    .build();

            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = error(response);
            assertThat(error.path("message").asText()).contains("x-acs-security-token:***");
            NoSecrets.assertFree("reason", server.received().get(0).signatureCheck().reason(), TOKEN, STS_SECRET);
        }

        @Test
        void aSignableHeaderAddedAfterSigningBreaksTheSignature() throws Exception {
            SignedCall call = SignedCall.post("CreateCluster", CREATE_BODY);
            SignableRequest signed = call.sign(V3, KEYS, endpoint);
            HttpRequest request = HttpRequest.newBuilder(call.httpRequest(endpoint, signed), (n, v) -> true)
                    .header("x-acs-extra", "added").build();

            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(error(response).path("message").asText()).contains("SignedHeaders", "x-acs-extra");
        }

        @Test
        void anUnknownOrMissingActionIsRejected() throws Exception {
            HttpResponse<String> unknown = SignedCall.get("NoSuchAction", "/x").send(CLIENT, V3, KEYS, endpoint);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(error(unknown).path("code").asText()).isEqualTo("InvalidAction.NotFound");

            HttpResponse<String> missing = SignedCall.get(null, "/x").send(CLIENT, V3, KEYS, endpoint);
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(error(missing).path("code").asText()).isEqualTo("MissingParameter");
            assertThat(server.received().get(1).action()).isEmpty();
        }

        @Test
        void aThrowingHandlerIsAnInternalErrorNamingTheExceptionClassOnly() throws Exception {
            HttpResponse<String> response = SignedCall.get("Boom", "/boom").send(CLIENT, V3, KEYS, endpoint);
            assertThat(response.statusCode()).isEqualTo(500);
            JsonNode error = error(response);
            assertThat(error.path("code").asText()).isEqualTo("InternalError");
            assertThat(error.path("message").asText()).contains(IllegalStateException.class.getName());
        }
    }

    @Nested
    class BodyChecks {
        @Test
        void problemsAreAnInvalidParameterAndNoProblemPasses() throws Exception {
            List<byte[]> seen = new ArrayList<>();
            try (MockAckServer checked = MockAckServer.builder().credentials(KEYS)
                    .respond("CreateCluster", MockResponse.json(200, CREATED))
                    .bodyCheck("CreateCluster", body -> {
                        synchronized (seen) {
                            seen.add(body);
                        }
                        String text = new String(body, StandardCharsets.UTF_8);
                        return text.contains("\"name\"") ? List.of()
                                : List.of("/name: is required", "/region_id: is required");
                    })
                    .start()) {
                HttpResponse<String> bad = SignedCall.post("CreateCluster", "{\"login_password\":\"" + PASSWORD + "\"}")
                        .send(CLIENT, V3, KEYS, checked.endpoint());
                assertThat(bad.statusCode()).isEqualTo(400);
                JsonNode error = error(bad);
                assertThat(error.path("code").asText()).isEqualTo("InvalidParameter");
                assertThat(error.path("message").asText()).isEqualTo("/name: is required; /region_id: is required");

                HttpResponse<String> good = SignedCall.post("CreateCluster", CREATE_BODY)
                        .send(CLIENT, V3, KEYS, checked.endpoint());
                assertThat(good.statusCode()).isEqualTo(200);
                NoSecrets.assertSameBody("checked body", seen.get(1), CREATE_BODY.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Test
        void aBodyThatCannotBeCheckedIsAnInvalidParameter() throws Exception {
            try (MockAckServer checked = MockAckServer.builder().credentials(KEYS)
                    .respond("CreateCluster", MockResponse.json(200, CREATED))
                    .bodyCheck("CreateCluster", body -> {
                        throw new IllegalArgumentException("cannot decode " + new String(body, StandardCharsets.UTF_8));
                    })
                    .start()) {
                HttpResponse<String> response = SignedCall.post("CreateCluster", CREATE_BODY)
                        .send(CLIENT, V3, KEYS, checked.endpoint());
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(error(response).path("code").asText()).isEqualTo("InvalidParameter");
            }
        }

        @Test
        void noCheckRunsWhenTheSignatureIsInvalid() throws Exception {
            try (MockAckServer checked = MockAckServer.builder().credentials(KEYS)
                    .respond("CreateCluster", MockResponse.json(200, CREATED))
                    .bodyCheck("CreateCluster", body -> {
                        throw new AssertionError("must not run");
                    })
                    .start()) {
                HttpResponse<String> response = SignedCall.post("CreateCluster", CREATE_BODY)
                        .send(CLIENT, V3, Credentials.of(ID, "wrong"), checked.endpoint());
                assertThat(error(response).path("code").asText()).isEqualTo("SignatureDoesNotMatch");
            }
        }
    }

    @Nested
    class Faults {
        @Test
        void anErrorIsAnAckErrorBodyThenTheNextRequestIsNormal() throws Exception {
            server.enqueue("CreateCluster", MockFault.error(503, "ServiceUnavailable", "try \"later\""));

            HttpResponse<String> failed = createCluster(V3, KEYS);
            assertThat(failed.statusCode()).isEqualTo(503);
            JsonNode error = error(failed);
            assertThat(error.path("code").asText()).isEqualTo("ServiceUnavailable");
            assertThat(error.path("message").asText()).isEqualTo("try \"later\"");
            assertThat(createCluster(V3, KEYS).statusCode()).isEqualTo(202);
            assertThat(server.received("CreateCluster")).extracting(r -> r.status().orElse(0))
                    .containsExactly(503, 202);
        }

        @Test
        void throttleIs429ThrottlingUser() throws Exception {
            server.enqueue("CreateCluster", MockFault.throttle());
            HttpResponse<String> response = createCluster(V3, KEYS);
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(error(response).path("code").asText()).isEqualTo("Throttling.User");
        }

        @Test
        void aRawBodyIsSentAsGivenAndCanBeEmpty() throws Exception {
            server.enqueue("CreateCluster", MockFault.rawBody(502, "text/html", "<html>Bad Gateway</html>"))
                    .enqueue("CreateCluster", MockFault.rawBody(500, null, null));

            HttpResponse<String> html = createCluster(V3, KEYS);
            assertThat(html.statusCode()).isEqualTo(502);
            assertThat(html.headers().firstValue("content-type")).contains("text/html");
            assertThat(html.body()).isEqualTo("<html>Bad Gateway</html>");
            assertThat(html.headers().firstValue("x-acs-request-id")).isPresent();

            HttpResponse<String> empty = createCluster(V3, KEYS);
            assertThat(empty.statusCode()).isEqualTo(500);
            assertThat(empty.body()).isEmpty();
            assertThat(empty.headers().firstValue("content-type")).isEmpty();
        }

        @Test
        void faultsAreUsedInOrderForTheirActionFirstThenForAnyAction() throws Exception {
            server.enqueueAny(MockFault.error(500, "AnyFirst", "m"))
                    .enqueue("DescribeClusterDetail", MockFault.error(500, "DescribeOnly", "m"))
                    .enqueueAny(MockFault.throttle());
            HttpResponse<String> first = createCluster(V3, KEYS);
            HttpResponse<String> second = SignedCall.get("DescribeClusterDetail", "/clusters/c")
                    .send(CLIENT, V3, KEYS, endpoint);
            HttpResponse<String> third = SignedCall.get("DescribeClusterDetail", "/clusters/c")
                    .send(CLIENT, V3, KEYS, endpoint);
            HttpResponse<String> fourth = createCluster(V3, KEYS);

            assertThat(error(first).path("code").asText()).isEqualTo("AnyFirst");
            assertThat(error(second).path("code").asText()).isEqualTo("DescribeOnly");
            assertThat(error(third).path("code").asText()).isEqualTo("Throttling.User");
            assertThat(fourth.statusCode()).isEqualTo(202);
        }

        @Test
        void aDelayWaitsThenAnswersNormally() throws Exception {
            server.enqueue("CreateCluster", MockFault.delay(Duration.ofMillis(300)));
            long start = System.nanoTime();
            HttpResponse<String> response = createCluster(V3, KEYS);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(response.statusCode()).isEqualTo(202);
        }

        @Test
        void aDelayLongerThanTheClientTimeoutTimesOut() throws Exception {
            server.enqueue("CreateCluster", MockFault.delay(Duration.ofSeconds(5)));
            SignedCall call = SignedCall.post("CreateCluster", CREATE_BODY);
            HttpRequest request = HttpRequest.newBuilder(call.httpRequest(endpoint, call.sign(V3, KEYS, endpoint)),
                    (n, v) -> true).timeout(Duration.ofMillis(200)).build();
            assertThatThrownBy(() -> CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        }

        @Test
        void aDroppedConnectionFailsTheClientAfterTheServerRecordedTheRequestOnce() throws Exception {
            // Warm the connection pool first: a drop on a reused connection must not be retried either.
            assertThat(createCluster(V3, KEYS).statusCode()).isEqualTo(202);
            server.reset();
            server.enqueue("CreateCluster", MockFault.dropConnection());

            assertThatThrownBy(() -> createCluster(V3, KEYS)).isInstanceOf(IOException.class);

            List<ReceivedRequest> received = server.received("CreateCluster");
            assertThat(received).hasSize(1);
            assertThat(received.get(0).dropped()).isTrue();
            assertThat(received.get(0).status()).isEmpty();
            NoSecrets.assertSameBody("dropped body", received.get(0).body(), CREATE_BODY.getBytes(StandardCharsets.UTF_8));
            assertThat(received.get(0).signatureCheck().valid()).isTrue();
            assertThat(createCluster(V3, KEYS).statusCode()).isEqualTo(202);
            assertThat(server.received()).hasSize(2);
        }

        @Test
        void dropBeforeReadingFailsTheClientAndRecordsNothing() throws Exception {
            server.enqueue("CreateCluster", MockFault.dropBeforeReading());
            assertThatThrownBy(() -> createCluster(V3, KEYS)).isInstanceOf(IOException.class);
            assertThat(server.received()).isEmpty();
            assertThat(createCluster(V3, KEYS).statusCode()).isEqualTo(202);
        }

        @Test
        void resetForgetsRequestsAndFaultsAndRestartsRequestIds() throws Exception {
            createCluster(V3, KEYS);
            server.enqueue("CreateCluster", MockFault.throttle());
            server.reset();

            HttpResponse<String> response = createCluster(V3, KEYS);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.headers().firstValue("x-acs-request-id"))
                    .contains("00000000-0000-4000-8000-000000000001");
            assertThat(server.received()).hasSize(1);
        }

        @Test
        void factoriesRejectWhatIsNoError() {
            assertThatThrownBy(() -> MockFault.error(200, "c", "m")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> MockFault.rawBody(302, null, "")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> MockFault.delay(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            NoSecrets.assertFree("MockFault", MockFault.rawBody(500, "text/plain", PASSWORD).toString(), PASSWORD);
        }
    }

    @Nested
    class Concurrency {
        @Test
        void eightThreadsOfAThousandCallsAreAllAnsweredAndRecorded() throws Exception {
            int threads = 8;
            int calls = 1000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    RequestSigner signer = t % 2 == 0 ? V3 : V1;
                    results.add(pool.submit(() -> {
                        int ok = 0;
                        for (int i = 0; i < calls; i++) {
                            if (createCluster(signer, KEYS).statusCode() == 202) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                for (Future<Integer> result : results) {
                    assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(calls);
                }
            } finally {
                pool.shutdownNow();
            }
            List<ReceivedRequest> received = server.received();
            assertThat(received).hasSize(threads * calls);
            Set<String> ids = new HashSet<>();
            received.forEach(r -> ids.add(r.requestId()));
            assertThat(ids).hasSize(threads * calls);
            assertThat(received).allSatisfy(r -> assertThat(r.signatureCheck().valid()).isTrue());
        }

        @Test
        void concurrentRequestsUseEachQueuedFaultExactlyOnce() throws Exception {
            for (int i = 0; i < 50; i++) {
                server.enqueueAny(MockFault.throttle());
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> statuses = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    statuses.add(pool.submit(() -> createCluster(V3, KEYS).statusCode()));
                }
                int throttled = 0;
                for (Future<Integer> status : statuses) {
                    throttled += status.get(1, TimeUnit.MINUTES) == 429 ? 1 : 0;
                }
                assertThat(throttled).isEqualTo(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    class Secrets {
        @Test
        void noSecretTokenAuthorizationOrBodyInToStrings() throws Exception {
            createCluster(V3, STS);
            createCluster(V1, Credentials.of(STS_ID, "wrong-secret", TOKEN));
            for (ReceivedRequest received : server.received()) {
                String authorization = received.header("authorization").orElseThrow();
                NoSecrets.assertFree("ReceivedRequest", received.toString(), SECRET, STS_SECRET, TOKEN, PASSWORD,
                        authorization, "login_password");
                assertThat(received.toString()).contains("Authorization", "x-acs-security-token", received.requestId());
                NoSecrets.assertFree("SignatureCheck", received.signatureCheck().toString(), STS_SECRET, TOKEN);
                NoSecrets.assertFree("reason", received.signatureCheck().reason(), STS_SECRET, TOKEN);
            }
            NoSecrets.assertFree("Builder", MockAckServer.builder().credentials(STS).toString(), STS_SECRET, TOKEN);
            NoSecrets.assertFree("SignatureVerifier", SignatureVerifier.of(STS).toString(), STS_SECRET, TOKEN);
            NoSecrets.assertFree("MockResponse", MockResponse.json(200, PASSWORD).toString(), PASSWORD);
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void closeStopsListeningAndClosesConnectionsWithARequestInFlight() throws Exception {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            MockAckServer hanging = MockAckServer.builder().credentials(KEYS)
                    .handler("Hang", request -> {
                        entered.countDown();
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IllegalStateException("interrupted by close");
                    })
                    .start();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<HttpResponse<String>> waiting = pool.submit(
                        () -> SignedCall.post("Hang", "{}").send(CLIENT, V3, KEYS, hanging.endpoint()));
                assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
                long start = System.nanoTime();
                hanging.close();
                hanging.close();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
                assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
            } finally {
                pool.shutdownNow();
                hanging.close();
            }
            assertThatThrownBy(() -> new Socket("127.0.0.1", hanging.port()).close()).isInstanceOf(IOException.class);
            assertThat(hanging.toString()).contains("closed");
        }
    }
}
