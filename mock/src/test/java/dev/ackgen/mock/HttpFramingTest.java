package dev.ackgen.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP/1.1 framing over a raw socket. The requests are unsigned, so ACK's answer is 400
 * MissingAuthorization: enough to see each request was read whole and answered on its own.
 */
class HttpFramingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private MockAckServer server;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    @BeforeEach
    void start() throws IOException {
        server = MockAckServer.builder().credentials(Credentials.of("AKID", "secret")).start();
        socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
        server.close();
    }

    private void send(String request) throws IOException {
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String code(RawHttp response) throws IOException {
        JsonNode error = JSON.readTree(response.body);
        assertThat(error.path("requestId").asText()).isEqualTo(response.headers.get("x-acs-request-id"));
        return error.path("code").asText();
    }

    @Test
    void pipelinedRequestsOnOneConnectionAreAnsweredInOrder() throws IOException {
        send("POST /a HTTP/1.1\r\nHost: h\r\nx-acs-action: A\r\nContent-Length: 3\r\n\r\nabc"
                + "GET /b?x=1 HTTP/1.1\r\nHost: h\r\nx-acs-action: B\r\n\r\n");

        RawHttp first = RawHttp.read(in);
        RawHttp second = RawHttp.read(in);

        assertThat(code(first)).isEqualTo("MissingAuthorization");
        assertThat(code(second)).isEqualTo("MissingAuthorization");
        assertThat(server.received()).extracting(r -> r.action().orElseThrow()).containsExactly("A", "B");
        assertThat(server.received().get(0).body()).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(server.received().get(1).query()).containsEntry("x", "1");
        assertThat(first.headers).doesNotContainKey("connection");
    }

    @Test
    void aChunkedBodyWithExtensionsAndTrailersIsDecoded() throws IOException {
        send("POST /a HTTP/1.1\r\nHost: h\r\nx-acs-action: A\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n");

        assertThat(RawHttp.read(in).status).isEqualTo(400);
        assertThat(server.received().get(0).body()).isEqualTo("abcde".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void expectContinueGetsAnInterimResponseFirst() throws IOException {
        send("POST /a HTTP/1.1\r\nHost: h\r\nx-acs-action: A\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        assertThat(RawHttp.read(in).status).isEqualTo(100);
        send("{}");
        assertThat(RawHttp.read(in).status).isEqualTo(400);
    }

    @Test
    void connectionCloseIsHonoured() throws IOException {
        send("GET /a HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        RawHttp response = RawHttp.read(in);
        assertThat(response.headers.get("connection")).isEqualTo("close");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void http10ClosesAfterTheResponse() throws IOException {
        send("GET /a HTTP/1.0\r\n\r\n");
        assertThat(RawHttp.read(in).status).isEqualTo(400);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aMalformedRequestIsABadRequestAndClosesTheConnection() throws IOException {
        send("NOT A REQUEST\r\n\r\n");
        RawHttp response = RawHttp.read(in);
        assertThat(response.status).isEqualTo(400);
        assertThat(code(response)).isEqualTo("BadRequest");
        assertThat(in.read()).isEqualTo(-1);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void conflictingContentLengthsAreABadRequest() throws IOException {
        send("POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        RawHttp response = RawHttp.read(in);
        assertThat(response.status).isEqualTo(400);
        assertThat(JSON.readTree(response.body).path("message").asText()).contains("Content-Length");
    }

    @Test
    void malformedPercentEncodingIsABadRequest() throws IOException {
        send("GET /a%zz HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(code(RawHttp.read(in))).isEqualTo("BadRequest");
    }

    /** A target java.net.URI refuses (so com.sun.net.httpserver would too) is read and recorded as sent. */
    @Test
    void aTargetJavaNetUriRefusesIsRecordedAsSent() throws IOException {
        send("GET /a?x=[1]&y=a|b HTTP/1.1\r\nHost: h\r\nx-acs-action: A\r\n\r\n");

        assertThat(code(RawHttp.read(in))).isEqualTo("MissingAuthorization");
        ReceivedRequest received = server.received().get(0);
        assertThat(received.rawPath()).isEqualTo("/a");
        assertThat(received.rawQuery()).hasValue("x=[1]&y=a|b");
        assertThat(received.query()).containsEntry("x", "[1]").containsEntry("y", "a|b");
    }
}
