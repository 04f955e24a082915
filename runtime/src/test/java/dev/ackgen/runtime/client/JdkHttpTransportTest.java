package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The default transport against a raw socket server that misbehaves on purpose. */
class JdkHttpTransportTest {

    /** Answers every request with headers and 5 of 100 body bytes, then stalls until closed. */
    private static final class StallingServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final CountDownLatch closed = new CountDownLatch(1);
        private final Thread thread = new Thread(this::serve, "stalling-server");

        StallingServer() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/clusters");
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    InputStream in = connection.getInputStream();
                    byte[] buffer = new byte[8192];
                    int read = in.read(buffer); // the request: small enough to arrive at once
                    if (read > 0) {
                        OutputStream out = connection.getOutputStream();
                        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":"
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        closed.await(30, TimeUnit.SECONDS);
                    }
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            closed.countDown();
            socket.close();
        }
    }

    private static TransportRequest post(URI uri, Duration timeout) {
        return new TransportRequest("POST", uri, Map.of("content-type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8), timeout);
    }

    @Test
    void aBodyThatStallsTimesOutWithinTheTimeout() throws Exception {
        try (StallingServer server = new StallingServer()) {
            JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(2));
            long start = System.nanoTime();
            assertThatThrownBy(() -> transport.send(post(server.uri(), Duration.ofMillis(400))))
                    .isInstanceOf(HttpTimeoutException.class)
                    .hasMessage("no complete response within PT0.4S");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            assertThatThrownBy(() -> transport.sendAsync(post(server.uri(), Duration.ofMillis(400))).join())
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket connection = socket.accept()) {
                    connection.getInputStream().read(new byte[8192]);
                    OutputStream out = connection.getOutputStream();
                    long size = DeadlineBodySubscriber.MAX_BODY_BYTES + 1;
                    out.write(("HTTP/1.1 500 Oops\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    for (long sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                    }
                    out.flush();
                    // Close only when the client has: closing with unread input would reset the
                    // connection and cut the body short before the client saw the limit.
                    connection.getInputStream().readAllBytes();
                } catch (IOException e) {
                    // the client hung up, as it should
                }
            }, "big-body-server");
            server.setDaemon(true);
            server.start();
            JdkHttpTransport transport = JdkHttpTransport.create(Duration.ofSeconds(2));
            URI uri = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/x");
            assertThatThrownBy(() -> transport.send(post(uri, Duration.ofSeconds(30))))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("larger than " + DeadlineBodySubscriber.MAX_BODY_BYTES + " bytes");
        }
    }

    @Test
    void refusesToRunWhereJavaNetHttpWouldResendPosts() {
        System.setProperty(JdkHttpTransport.ALL_METHOD_RETRY, "true");
        try {
            assertThatThrownBy(() -> JdkHttpTransport.create(Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("jdk.httpclient.enableAllMethodRetry");
        } finally {
            System.clearProperty(JdkHttpTransport.ALL_METHOD_RETRY);
        }
    }

    @Test
    void toStringShowsNoQueryValues() {
        TransportRequest request = new TransportRequest("GET", URI.create("https://cs.x.aliyuncs.com/tags?next_token=SECRET-T"),
                Map.of("x-acs-security-token", "SECRET-S"), new byte[0], Duration.ofSeconds(1));
        assertThat(request.toString())
                .isEqualTo("TransportRequest[GET https://cs.x.aliyuncs.com/tags?…, headers=[x-acs-security-token], body=0 bytes]")
                .doesNotContain("SECRET");
    }
}
