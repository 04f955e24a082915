package dev.ackgen.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ackgen.runtime.signing.Credentials;
import dev.ackgen.runtime.signing.SignableRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The verifier against the requests captured from the official SDK (classpath {@code signing/}):
 * it must accept each byte for byte, in memory and over the wire, and reject each once changed.
 */
class SignatureVerifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> vectors() throws IOException, URISyntaxException {
        URL directory = Objects.requireNonNull(SignatureVerifierTest.class.getClassLoader().getResource("signing"));
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static Stream<DynamicTest> forEachVector(VectorTest test) throws IOException, URISyntaxException {
        List<Path> vectors = vectors();
        assertThat(vectors).isNotEmpty();
        return vectors.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> test.run(JSON.readTree(Files.readAllBytes(file)))));
    }

    private interface VectorTest {
        void run(JsonNode vector) throws Exception;
    }

    private static Credentials credentials(JsonNode vector) {
        return Credentials.of(vector.get("accessKeyId").asText(), vector.get("secret").asText(),
                vector.path("securityToken").asText(null));
    }

    private static Map<String, String> headers(JsonNode vector) {
        Map<String, String> headers = new LinkedHashMap<>();
        vector.get("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        return headers;
    }

    private static Map<String, String> query(JsonNode vector) {
        Map<String, String> query = new LinkedHashMap<>();
        vector.path("query").properties().forEach(e -> query.put(e.getKey(), e.getValue().asText()));
        return query;
    }

    private static byte[] body(JsonNode vector) {
        return vector.path("body").asText("").getBytes(StandardCharsets.UTF_8);
    }

    /** The vector as the server rebuilds it: decoded path and query, every header received. */
    private static SignableRequest received(JsonNode vector, Map<String, String> headers) throws Exception {
        RequestTarget target = RequestTarget.parse(vector.get("path").asText()
                + (vector.get("rawQuery").asText().isEmpty() ? "" : "?" + vector.get("rawQuery").asText()));
        assertThat(target.query()).isEqualTo(query(vector));
        return new SignableRequest(vector.get("method").asText(), target.path(), target.query(), headers, body(vector));
    }

    private static SignatureCheck.Algorithm algorithm(JsonNode vector) {
        return vector.get("algorithm").asText().equals("HMAC-SHA1") ? SignatureCheck.Algorithm.V1
                : SignatureCheck.Algorithm.V3;
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedSdkRequestIsAccepted() throws Exception {
        return forEachVector(vector -> {
            SignatureCheck check = SignatureVerifier.of(credentials(vector)).verify(received(vector, headers(vector)));
            assertThat(check.valid()).as(check.reason()).isTrue();
            assertThat(check.algorithm()).isEqualTo(algorithm(vector));
            assertThat(check.accessKeyId()).contains(vector.get("accessKeyId").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedSdkRequestIsRejectedWithAnotherSecret() throws Exception {
        return forEachVector(vector -> {
            Credentials wrong = Credentials.of(vector.get("accessKeyId").asText(), "another-secret");
            SignatureCheck check = SignatureVerifier.of(wrong).verify(received(vector, headers(vector)));
            assertThat(check.valid()).isFalse();
            assertThat(check.errorCode()).contains("SignatureDoesNotMatch");
            assertThat(check.errorStatus()).isEqualTo(400);
            NoSecrets.assertFree("reason", check.reason(), "another-secret", vector.get("secret").asText());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedSdkRequestIsRejectedWithASignedHeaderChanged() throws Exception {
        return forEachVector(vector -> {
            Map<String, String> headers = headers(vector);
            headers.put("x-acs-signature-nonce", headers.get("x-acs-signature-nonce") + "0");
            SignatureCheck check = SignatureVerifier.of(credentials(vector)).verify(received(vector, headers));
            assertThat(check.errorCode()).contains("SignatureDoesNotMatch");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyCapturedSdkRequestIsAcceptedOverTheWire() throws Exception {
        return forEachVector(vector -> {
            String action = vector.get("headers").get("x-acs-action").asText();
            try (MockAckServer server = MockAckServer.builder().credentials(credentials(vector))
                    .respond(action, MockResponse.json(200, "{}")).start();
                    Socket socket = new Socket("127.0.0.1", server.port())) {
                // The captured bytes as the SDK sent them: its host (another port), its headers, in order.
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                String rawQuery = vector.get("rawQuery").asText();
                StringBuilder head = new StringBuilder(vector.get("method").asText()).append(' ')
                        .append(vector.get("path").asText()).append(rawQuery.isEmpty() ? "" : "?" + rawQuery)
                        .append(" HTTP/1.1\r\n");
                headers(vector).forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
                request.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                request.writeBytes(body(vector));
                OutputStream out = socket.getOutputStream();
                out.write(request.toByteArray());
                out.flush();
                InputStream in = socket.getInputStream();

                RawHttp response = RawHttp.read(in);

                assertThat(response.status).as(response.body).isEqualTo(200);
                ReceivedRequest received = server.received(action).get(0);
                assertThat(received.signatureCheck().valid()).isTrue();
                assertThat(received.signatureCheck().algorithm()).isEqualTo(algorithm(vector));
                NoSecrets.assertSameBody("received body", received.body(), body(vector));
            }
        });
    }

    @Test
    void anIncompleteV3AuthorizationIsIncompleteSignature() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of(),
                Map.of("Authorization", "ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=host"), null);
        SignatureCheck check = SignatureVerifier.of(Credentials.of("AKID", "secret")).verify(request);
        assertThat(check.algorithm()).isEqualTo(SignatureCheck.Algorithm.V3);
        assertThat(check.errorCode()).contains("IncompleteSignature");
    }

    @Test
    void anUnknownSchemeIsRejectedWithoutEchoingIt() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of(),
                Map.of("Authorization", "Basic c2VjcmV0LXZhbHVl"), null);
        SignatureCheck check = SignatureVerifier.of(Credentials.of("AKID", "secret")).verify(request);
        assertThat(check.algorithm()).isEqualTo(SignatureCheck.Algorithm.NONE);
        assertThat(check.errorCode()).contains("IncompleteSignature");
        NoSecrets.assertFree("SignatureCheck", check.toString(), "c2VjcmV0LXZhbHVl");
    }

    @Test
    void aMalformedV1AuthorizationIsIncompleteSignature() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of(), Map.of("Authorization", "acs AKID"), null);
        SignatureCheck check = SignatureVerifier.of(Credentials.of("AKID", "secret")).verify(request);
        assertThat(check.algorithm()).isEqualTo(SignatureCheck.Algorithm.V1);
        assertThat(check.errorCode()).contains("IncompleteSignature");
    }
}
