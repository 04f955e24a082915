package dev.ackgen.generator.createcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.it.createcluster.ClusterClient;
import dev.ackgen.it.createcluster.CreateClusterRequest;
import dev.ackgen.it.createcluster.CreateClusterRequestValidator;
import dev.ackgen.it.createcluster.CreateClusterResponse;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockFault;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.mock.ReceivedRequest;
import dev.ackgen.mock.SignatureCheck;
import dev.ackgen.runtime.client.AckClientException;
import dev.ackgen.runtime.client.AckServiceException;
import dev.ackgen.runtime.client.AckTimeoutException;
import dev.ackgen.runtime.client.RetryPolicy;
import dev.ackgen.runtime.client.SignatureVersion;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.validation.ValidationException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated CreateCluster client (dev.ackgen.it.createcluster, generated from spec/ by the
 * build) against ackgen-mock's mock ACK server, which checks every signature with the secret.
 */
@SuppressWarnings("deprecation") // login_password is deprecated in the spec, as in the seed
class ClientAgainstMockServerTest {
    private static final String SECRET = "mock-secret-never-shown";
    private static final Credentials CREDENTIALS = Credentials.of("test-key-id", SECRET);
    private static final String RESPONSE = "{\"cluster_id\":\"c82e6987e2961451182edacd74faf****\","
            + "\"request_id\":\"687C5BAA-D103-4993-884B-C35E4314A1E1\",\"task_id\":\"T-5a54309c80282e39ea00002f\"}";
    private static final JsonFactory JSON = new JsonFactory();

    private MockAckServer server;

    @BeforeEach
    void start() throws IOException {
        server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .respond("CreateCluster", MockResponse.json(200, RESPONSE))
                .bodyCheck("CreateCluster", ClientAgainstMockServerTest::problems)
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClusterClient.Builder client() {
        return ClusterClient.builder()
                .endpoint(server.endpoint())
                .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build());
    }

    private static CreateClusterRequest request() {
        return Requests.valid().loginPassword("Hello1234").containerCidr("172.20.0.0/16").build();
    }

    @Test
    void createClusterIsSignedSentAndAnswered() throws IOException {
        try (ClusterClient client = client().build()) {
            CreateClusterResponse response = client.createCluster(request());
            assertThat(response.getClusterId()).isEqualTo("c82e6987e2961451182edacd74faf****");
            assertThat(response.getTaskId()).isEqualTo("T-5a54309c80282e39ea00002f");
            assertThat(response.getRequestId()).isEqualTo("687C5BAA-D103-4993-884B-C35E4314A1E1");
        }
        ReceivedRequest received = onlyRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/clusters");
        assertThat(received.header("x-acs-action")).contains("CreateCluster");
        assertThat(received.header("x-acs-version")).contains("2015-12-15");
        assertThat(received.signatureCheck().algorithm()).isEqualTo(SignatureCheck.Algorithm.V3);
        assertThat(received.signatureCheck().valid()).isTrue();
        assertThat(read(received.body())).isEqualTo(request());
    }

    @Test
    void v1SignaturesAreAcceptedToo() {
        try (ClusterClient client = client().signatureVersion(SignatureVersion.V1).build()) {
            assertThat(client.createCluster(request()).getClusterId()).startsWith("c82e");
        }
        assertThat(onlyRequest().signatureCheck().algorithm()).isEqualTo(SignatureCheck.Algorithm.V1);
        assertThat(onlyRequest().signatureCheck().valid()).isTrue();
    }

    @Test
    void invalidRequestNeverReachesTheNetworkAndEveryViolationIsReported() {
        CreateClusterRequest seed = Requests.seedSample();
        try (ClusterClient client = client().build()) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> client.createCluster(seed));
            assertThat(e.violations()).extracting(v -> v.path() + " " + v.rule())
                    .containsExactly("/name pattern", "/security_group_id atMostOneOf");
            assertThatThrownBy(() -> client.createClusterAsync(seed).join()).hasCauseInstanceOf(ValidationException.class);
            assertThat(e.getMessage()).doesNotContain("Hello1234");
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void withoutValidationTheServerRejectsTheBody() {
        try (ClusterClient client = client().validateBeforeSend(false).build()) {
            AckServiceException e = catchThrowableOfType(AckServiceException.class,
                    () -> client.createCluster(Requests.seedSample()));
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.errorCode()).contains("InvalidParameter");
            assertThat(e.errorMessage().orElseThrow()).contains("/name");
            assertThat(e.requestId()).isPresent();
            assertThat(e.getMessage()).doesNotContain("Hello1234");
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void ackErrorBecomesServiceException() {
        server.enqueue("CreateCluster", MockFault.error(403, "ErrorRamPolicyNotAuthorized", "not authorized"));
        try (ClusterClient client = client().build()) {
            AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> client.createCluster(request()));
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.errorCode()).contains("ErrorRamPolicyNotAuthorized");
            assertThat(e.errorMessage()).contains("not authorized");
            assertThat(e.requestId()).contains(onlyRequest().requestId());
            assertThat(e.action()).isEqualTo("CreateCluster");
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void nonJsonAndEmptyErrorBodiesStillExplainThemselves() {
        server.enqueue("CreateCluster", MockFault.rawBody(502, "text/html", "<html><body>Bad Gateway</body></html>"));
        server.enqueue("CreateCluster", MockFault.rawBody(500, "text/plain", ""));
        try (ClusterClient client = client().build()) {
            assertThatThrownBy(() -> client.createCluster(request()))
                    .isInstanceOf(AckServiceException.class)
                    .hasMessageContaining("HTTP 502, body: <html><body>Bad Gateway</body></html>");
            assertThatThrownBy(() -> client.createCluster(request()))
                    .isInstanceOf(AckServiceException.class)
                    .hasMessageContaining("HTTP 500, empty body");
        }
        assertThat(server.received()).hasSize(2); // a POST is not retried on 5xx
    }

    @Test
    void throttledThenSuccessful() {
        server.enqueue("CreateCluster", MockFault.throttle());
        server.enqueue("CreateCluster", MockFault.throttle());
        try (ClusterClient client = client().build()) {
            assertThat(client.createCluster(request()).getClusterId()).startsWith("c82e");
        }
        List<ReceivedRequest> received = server.received("CreateCluster");
        assertThat(received).hasSize(3);
        assertThat(received).extracting(r -> r.header("x-acs-signature-nonce").orElseThrow()).doesNotHaveDuplicates();
        assertThat(received).allSatisfy(r -> assertThat(r.signatureCheck().valid()).isTrue());
    }

    @Test
    void droppedConnectionAfterTheBodyWasReadDoesNotSendCreateClusterTwice() {
        server.enqueue("CreateCluster", MockFault.dropConnection());
        try (ClusterClient client = client().retryPolicy(RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(2)).build()).build()) {
            AckClientException e = catchThrowableOfType(AckClientException.class, () -> client.createCluster(request()));
            assertThat(e.mayHaveReachedServer()).isTrue();
        }
        assertThat(server.received("CreateCluster")).hasSize(1);
        assertThat(server.received("CreateCluster").get(0).dropped()).isTrue();
    }

    @Test
    void readTimeoutIsATimeoutExceptionAndNotRetriedForAPost() throws InterruptedException {
        server.enqueue("CreateCluster", MockFault.delay(Duration.ofMillis(1500)));
        try (ClusterClient client = client().readTimeout(Duration.ofMillis(300)).build()) {
            AckTimeoutException e = catchThrowableOfType(AckTimeoutException.class, () -> client.createCluster(request()));
            assertThat(e.mayHaveReachedServer()).isTrue();
        }
        // The server records a delayed request when its delay is over.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.received("CreateCluster").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.received("CreateCluster")).hasSize(1);
    }

    @Test
    void connectionRefusedIsRetriedAndReportedAsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ClusterClient client = client().endpoint(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            AckClientException e = catchThrowableOfType(AckClientException.class, () -> client.createCluster(request()));
            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.getMessage()).startsWith("CreateCluster failed: could not connect");
        }
    }

    @Test
    void wrongSecretIsRejectedWithoutShowingIt() {
        String wrong = "wrong-secret-never-shown";
        try (ClusterClient client = client().credentialsProvider(CredentialsProvider.of(Credentials.of("test-key-id", wrong))).build()) {
            AckServiceException e = catchThrowableOfType(AckServiceException.class, () -> client.createCluster(request()));
            assertThat(e.errorCode()).contains("SignatureDoesNotMatch");
            assertThat(e.getMessage()).doesNotContain(wrong, SECRET);
            assertThat(client.toString()).doesNotContain(wrong);
        }
    }

    @Test
    void asyncCallsSucceedAndFail() throws Exception {
        try (ClusterClient client = client().build()) {
            assertThat(client.createClusterAsync(request()).get().getTaskId()).isEqualTo("T-5a54309c80282e39ea00002f");
            server.enqueue("CreateCluster", MockFault.error(400, "ErrorQuotaExceeded", "quota"));
            assertThatThrownBy(() -> client.createClusterAsync(request()).join())
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(AckServiceException.class).hasMessageContaining("ErrorQuotaExceeded");
            server.enqueue("CreateCluster", MockFault.throttle());
            assertThat(client.createClusterAsync(request()).get().getClusterId()).startsWith("c82e");
        }
        assertThat(server.received("CreateCluster")).hasSize(4);
    }

    @Test
    void aContinuationThatBlocksOnTheClientDoesNotStallIt() throws Exception {
        try (ClusterClient client = client().build()) {
            // Caller code must never run on the HTTP client's I/O thread: the inner call would wait for it forever.
            CreateClusterResponse second = client.createClusterAsync(request())
                    .thenApply(first -> client.createCluster(request()))
                    .get(20, TimeUnit.SECONDS);
            assertThat(second.getTaskId()).isEqualTo("T-5a54309c80282e39ea00002f");
        }
        assertThat(server.received("CreateCluster")).hasSize(2);
    }

    @Test
    void eightThreadsTimesAThousandCallsWithoutAnError() throws Exception {
        int threads = 8;
        int calls = 1000;
        CreateClusterRequest request = request();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ClusterClient client = client().retryPolicy(RetryPolicy.none()).build()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < calls; i++) {
                        if ("T-5a54309c80282e39ea00002f".equals(client.createCluster(request).getTaskId())) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> result : results) {
                ok += result.get();
            }
            assertThat(ok).isEqualTo(threads * calls);
        } finally {
            pool.shutdown();
        }
        List<ReceivedRequest> received = server.received("CreateCluster");
        assertThat(received).hasSize(threads * calls);
        assertThat(received).allSatisfy(r -> assertThat(r.signatureCheck().valid()).isTrue());
        assertThat(received).extracting(r -> r.header("x-acs-signature-nonce").orElseThrow()).doesNotHaveDuplicates();
    }

    private ReceivedRequest onlyRequest() {
        assertThat(server.received()).hasSize(1);
        return server.received().get(0);
    }

    private static CreateClusterRequest read(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            return CreateClusterRequest.readJson(parser);
        }
    }

    private static List<String> problems(byte[] body) {
        try {
            List<String> problems = new ArrayList<>();
            CreateClusterRequestValidator.validate(read(body)).forEach(v -> problems.add(v.toString()));
            return problems;
        } catch (IOException e) {
            return List.of("unreadable body: " + e.getMessage());
        }
    }
}
