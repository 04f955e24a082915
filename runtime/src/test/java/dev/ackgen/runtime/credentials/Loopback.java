package dev.ackgen.runtime.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Settings for tests: the given environment only, no system properties, a temporary home, and
 * every endpoint on 127.0.0.1 (a closed port unless a test sets a fake server), so that no test
 * reads the real environment or home or contacts 100.100.100.200 or any other address.
 */
final class Loopback {
    private Loopback() {}

    static CredentialsSettings.Builder settings(Map<String, String> env, Path home, Clock clock) {
        return settings((java.util.function.UnaryOperator<String>) env::get, home, clock);
    }

    static CredentialsSettings.Builder settings(java.util.function.UnaryOperator<String> env, Path home, Clock clock) {
        URI closed = closedPort();
        return CredentialsSettings.builder()
                .environment(env)
                .systemProperties(name -> null)
                .homeDirectory(home)
                .clock(clock)
                .stsEndpoint(closed)
                .metadataEndpoint(closed)
                .httpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .metadataTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    /** A loopback URL nothing listens on: connections are refused at once. */
    static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
