package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsUriProviderTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "uri-secret-never-shown";
    static final String TOKEN = "uri-token-never-shown";
    static final String QUERY_SECRET = "query-key-never-shown";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);
    FakeServer server;
    final AtomicReference<FakeServer.Handler> answer = new AtomicReference<>();

    @BeforeEach
    void setUp() throws IOException {
        server = new FakeServer().on("/creds", r -> answer.get().answer(r));
        answer.set(r -> FakeServer.Reply.ok(answer("STS.uri1", T0.plus(Duration.ofHours(1)))));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    static String answer(String id, Instant expiration) {
        return "{\"Code\":\"Success\"," + FakeServer.credentialsJson(id, SECRET, TOKEN, expiration).substring(1);
    }

    URI uri() {
        return URI.create(server.uri() + "/creds?key=" + QUERY_SECRET);
    }

    CredentialsSettings.Builder settings() {
        return Loopback.settings(env, home, clock);
    }

    CredentialsUriProvider provider() {
        return CredentialsUriProvider.of(uri(), settings().build());
    }

    @Test
    void getsTemporaryCredentialsFromTheUrl() {
        var c = provider().credentials();
        assertThat(c.accessKeyId()).isEqualTo("STS.uri1");
        assertThat(c.accessKeySecret()).isEqualTo(SECRET);
        assertThat(c.securityToken()).contains(TOKEN);
        assertThat(server.requests.get(0).method()).isEqualTo("GET");
        assertThat(server.requests.get(0).query()).isEqualTo("key=" + QUERY_SECRET);
    }

    @Test
    void cachesThenRefreshesBeforeExpiry() {
        CredentialsUriProvider provider = provider();
        provider.credentials();
        clock.advance(Duration.ofMinutes(44));
        provider.credentials();
        assertThat(server.count.get()).isEqualTo(1);
        answer.set(r -> FakeServer.Reply.ok(answer("STS.uri2", clock.instant().plus(Duration.ofHours(1)))));
        clock.advance(Duration.ofMinutes(2));
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.uri2");
        assertThat(server.count.get()).isEqualTo(2);
    }

    @Test
    void malformedAndFailedAnswersAreNamedWithoutSecretsOrTheQuery() {
        Map<FakeServer.Reply, String> cases = new LinkedHashMap<>();
        cases.put(FakeServer.Reply.ok("{\"Code\":\"Expired\",\"AccessKeySecret\":\"" + SECRET + "\"}"), "answered Code 'Expired' instead of 'Success'");
        cases.put(FakeServer.Reply.ok("{\"AccessKeySecret\":\"" + SECRET + "\"}"), "answered Code 'null' instead of 'Success'");
        cases.put(FakeServer.Reply.ok("{{" + SECRET), "not JSON");
        cases.put(FakeServer.Reply.ok("{\"Code\":\"Success\",\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"" + SECRET
                + "\",\"SecurityToken\":\"" + TOKEN + "\"}"), "answered without Expiration");
        cases.put(FakeServer.Reply.status(500, "{\"AccessKeySecret\":\"" + SECRET + "\"}"), "answered HTTP 500");
        cases.put(FakeServer.Reply.status(302, ""), "answered HTTP 302");
        cases.forEach((reply, message) -> {
            answer.set(r -> reply);
            assertThatThrownBy(() -> provider().credentials())
                    .isInstanceOf(CredentialsUnavailableException.class)
                    .hasMessageStartingWith("credentials URI: GET " + server.uri() + "/creds?…")
                    .hasMessageContaining(message)
                    .hasMessageNotContaining(SECRET)
                    .hasMessageNotContaining(TOKEN)
                    .hasMessageNotContaining(QUERY_SECRET);
        });
    }

    @Test
    void anAnswerLargerThanCredentialsCanBeIsRefusedWithoutReadingItAll() {
        answer.set(r -> FakeServer.Reply.ok("{\"AccessKeySecret\":\"" + SECRET + "\",\"x\":\"" + "x".repeat(200_000) + "\"}"));
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("larger than 65536 bytes")
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining(QUERY_SECRET);
    }

    @Test
    void aSlowServerTimesOutAtTheReadTimeout() {
        answer.set(r -> FakeServer.Reply.ok(answer("STS.slow", T0.plus(Duration.ofHours(1)))).after(3000));
        CredentialsUriProvider provider = CredentialsUriProvider.of(uri(),
                settings().httpTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build());
        long start = System.nanoTime();
        assertThatThrownBy(provider::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("read timeout of 300 ms")
                .hasMessageNotContaining(QUERY_SECRET);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void manyThreadsCauseOneFetch() throws Exception {
        answer.set(r -> FakeServer.Reply.ok(answer("STS.uri1", T0.plus(Duration.ofHours(1)))).after(200));
        OidcRoleCredentialsProviderTest.assertOneFetchFor(provider(), server.count::get);
    }

    @Test
    void fromEnvironmentFollowsTheVariable() {
        CredentialsProvider provider = CredentialsUriProvider.fromEnvironment(settings().build());
        assertThatThrownBy(provider::credentials).hasMessage("credentials URI: environment variable ALIBABA_CLOUD_CREDENTIALS_URI is not set");
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", "ftp://somewhere/" + QUERY_SECRET);
        assertThatThrownBy(provider::credentials).hasMessage("credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI is not an http or https URL");
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", uri().toString());
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.uri1");
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.uri1");
        assertThat(server.count.get()).isEqualTo(1);
    }

    @Test
    void toStringHidesTheQuery() {
        assertThat(provider().toString()).isEqualTo("CredentialsUriProvider[" + server.uri() + "/creds?…]");
    }
}
