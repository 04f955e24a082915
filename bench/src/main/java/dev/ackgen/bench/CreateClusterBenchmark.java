package dev.ackgen.bench;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.ackgen.bench.createcluster.ClusterClient;
import dev.ackgen.bench.createcluster.CreateClusterRequest;
import dev.ackgen.bench.createcluster.CreateClusterResponse;
import dev.ackgen.mock.MockAckServer;
import dev.ackgen.mock.MockResponse;
import dev.ackgen.mock.ReceivedRequest;
import dev.ackgen.mock.SignatureCheck;
import dev.ackgen.runtime.credentials.CredentialsProvider;
import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One CreateCluster call, side by side, in the same JVM and run, against one {@link MockAckServer}
 * on loopback that verifies every V3 signature with the known AccessKey and answers with the
 * product document's response:
 *
 * <ul>
 *   <li>{@link #ackgen}: the generated {@code ClusterClient.createCluster} as users run it (default
 *       retry policy, validation before sending, V3 signature, java.net.http transport);
 *   <li>{@link #officialSdk}: the official SDK's {@code Client.createClusterWithOptions}
 *       (com.aliyun:cs20151215, tea-openapi, OkHttp), which signs ACS3-HMAC-SHA256 by default;
 *   <li>{@link #rawHttpFloor}: the floor under both: a plain java.net.http POST of the bytes ackgen
 *       sent once (same headers, same signature, which the server accepts again as it does not
 *       check nonce reuse), body read as bytes, nothing parsed. What is left above it is the
 *       client's own cost: validation, JSON, signing, response mapping.
 *   <li>{@link #serverOnly}: the same bytes again, over a plain keep-alive socket, written at once,
 *       the response read into a reused buffer: nearly all of it is the mock server's own work
 *       and the loopback round trip, the share that is in every other figure too.
 * </ul>
 *
 * <p>The requests are built once, in setup: this measures the call, not building its request. The
 * server runs in this JVM, so its work (parsing the request, re-signing it to verify the
 * signature, answering) is in every figure, time and allocation alike, equally for all of them.
 * Setup checks that each path really works before anything is measured: HTTP 200, the expected
 * cluster id, a valid V3 signature as the server saw it, and (for both clients) a body that reads
 * back as the same CreateCluster request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class CreateClusterBenchmark {
    static final String CLUSTER_ID = "c82e6987e2961451182edacd74faf****";
    static final String RESPONSE = "{\"cluster_id\":\"" + CLUSTER_ID + "\","
            + "\"request_id\":\"687C5BAA-D103-4993-884B-C35E4314A1E1\","
            + "\"task_id\":\"T-5a54309c80282e39ea00002f\"}";
    /** A fixed, made-up AccessKey that only this mock server knows. */
    static final Credentials CREDENTIALS = Credentials.of("bench-access-key-id", "bench-access-key-secret-not-real");
    /** Headers java.net.http sets itself and refuses from callers; host follows from the URI. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final JsonFactory JSON = new JsonFactory();

    private MockAckServer server;

    private ClusterClient ackgenClient;
    private CreateClusterRequest ackgenRequest;

    private com.aliyun.cs20151215.Client sdkClient;
    private com.aliyun.cs20151215.models.CreateClusterRequest sdkRequest;
    private Map<String, String> sdkHeaders;
    private RuntimeOptions sdkRuntime;

    private HttpClient rawClient;
    private HttpRequest rawRequest;

    private RawSocketClient socketClient;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = MockAckServer.builder()
                .credentials(CREDENTIALS)
                .respond("CreateCluster", MockResponse.json(200, RESPONSE))
                .start();

        ackgenRequest = SampleRequests.ackgen();
        ackgenClient = ClusterClient.builder()
                .endpoint(server.endpoint())
                .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
                .build();

        sdkRequest = SampleRequests.officialSdk();
        sdkHeaders = Map.of();
        sdkRuntime = new RuntimeOptions();
        sdkClient = new com.aliyun.cs20151215.Client(new Config()
                .setAccessKeyId(CREDENTIALS.accessKeyId())
                .setAccessKeySecret(CREDENTIALS.accessKeySecret())
                .setEndpoint("127.0.0.1:" + server.port())
                .setProtocol("HTTP")
                .setRegionId("cn-zhangjiakou"));

        // Every path must really work, and the server must accept both clients' signatures,
        // or the comparison means nothing.
        check("ackgen", ackgen().getClusterId(), onlyRequest("ackgen"), true);
        ReceivedRequest ackgenSent = server.received().get(0);
        server.reset();

        check("official SDK", officialSdk().getBody().getClusterId(), onlyRequest("official SDK"), true);
        server.reset();

        rawClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder raw = HttpRequest.newBuilder(URI.create(server.endpoint() + ackgenSent.rawPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(ackgenSent.body()));
        ackgenSent.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                raw.header(name, value);
            }
        });
        rawRequest = raw.build();
        HttpResponse<byte[]> floor = rawHttpFloor();
        if (floor.statusCode() != 200) {
            throw new IllegalStateException("raw POST: HTTP " + floor.statusCode());
        }
        check("raw POST", CLUSTER_ID, onlyRequest("raw POST"), false);
        server.reset();

        socketClient = new RawSocketClient(server.port(), ackgenSent.method(), ackgenSent.rawPath(), ackgenSent.headers(),
                ackgenSent.body());
        int status = serverOnly();
        if (status != 200) {
            throw new IllegalStateException("raw socket: HTTP " + status);
        }
        check("raw socket", CLUSTER_ID, onlyRequest("raw socket"), false);
        server.reset();
    }

    /**
     * Empties the server's request log (every request, with its body and headers) before each
     * call, outside the measured time: a log that grows for a whole iteration would be copied by
     * every young collection and put a cost that depends on the call rate into every figure.
     * Clearing a list allocates nothing, so the allocation figures are unaffected.
     */
    @Setup(Level.Invocation)
    public void forgetRequests() {
        server.reset();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (socketClient != null) {
            socketClient.close();
        }
        if (ackgenClient != null) {
            ackgenClient.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Benchmark
    public CreateClusterResponse ackgen() {
        return ackgenClient.createCluster(ackgenRequest);
    }

    @Benchmark
    public com.aliyun.cs20151215.models.CreateClusterResponse officialSdk() throws Exception {
        return sdkClient.createClusterWithOptions(sdkRequest, sdkHeaders, sdkRuntime);
    }

    @Benchmark
    public HttpResponse<byte[]> rawHttpFloor() throws IOException, InterruptedException {
        return rawClient.send(rawRequest, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Benchmark
    public int serverOnly() throws IOException {
        return socketClient.exchange();
    }

    private ReceivedRequest onlyRequest(String who) {
        List<ReceivedRequest> received = server.received();
        if (received.size() != 1) {
            throw new IllegalStateException(who + ": the server received " + received.size() + " requests, expected 1");
        }
        return received.get(0);
    }

    private void check(String who, String clusterId, ReceivedRequest received, boolean checkBody) throws IOException {
        SignatureCheck signature = received.signatureCheck();
        if (signature.algorithm() != SignatureCheck.Algorithm.V3 || !signature.valid()) {
            throw new IllegalStateException(who + ": the server did not accept the signature: " + signature);
        }
        if (!received.action().filter("CreateCluster"::equals).isPresent() || received.status().orElse(0) != 200
                || !received.path().equals("/clusters") || !CLUSTER_ID.equals(clusterId)) {
            throw new IllegalStateException(who + ": unexpected exchange: " + received + ", cluster id " + clusterId);
        }
        if (checkBody) {
            CreateClusterRequest sent;
            try (JsonParser parser = JSON.createParser(received.body())) {
                parser.nextToken();
                sent = CreateClusterRequest.readJson(parser);
            }
            if (!sent.equals(ackgenRequest)) {
                // toString masks login_password.
                throw new IllegalStateException(who + " sent a different request:\n  " + sent + "\nexpected\n  "
                        + ackgenRequest);
            }
        }
    }
}
