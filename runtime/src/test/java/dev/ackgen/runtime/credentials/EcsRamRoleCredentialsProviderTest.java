package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcsRamRoleCredentialsProviderTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "ecs-secret-never-shown";
    static final String TOKEN = "ecs-sts-token-never-shown";
    static final String SESSION = "imds-session-token";
    static final String ROLES = "/latest/meta-data/ram/security-credentials/";
    static final String CREDS = ROLES + "EcsRole";
    static final String API_TOKEN = "/latest/api/token";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);
    FakeServer metadata;
    final AtomicReference<FakeServer.Handler> credentials = new AtomicReference<>();
    final AtomicReference<FakeServer.Handler> token = new AtomicReference<>();

    @BeforeEach
    void setUp() throws IOException {
        metadata = new FakeServer()
                .on(API_TOKEN, r -> token.get().answer(r))
                .on(ROLES, r -> FakeServer.Reply.ok("EcsRole\n"))
                .on(CREDS, r -> credentials.get().answer(r));
        token.set(r -> "PUT".equals(r.method()) ? FakeServer.Reply.ok(SESSION) : FakeServer.Reply.status(405, ""));
        credentials.set(r -> SESSION.equals(r.header("X-aliyun-ecs-metadata-token"))
                ? FakeServer.Reply.ok(answer("STS.ecs1", T0.plus(Duration.ofHours(6))))
                : FakeServer.Reply.status(401, ""));
    }

    @AfterEach
    void tearDown() {
        metadata.close();
    }

    static String answer(String id, Instant expiration) {
        return "{\"Code\":\"Success\",\"LastUpdated\":\"2026-11-30T00:00:00Z\"," + FakeServer.credentialsJson(id, SECRET, TOKEN, expiration).substring(1);
    }

    CredentialsSettings.Builder settings() {
        return Loopback.settings(env, home, clock).metadataEndpoint(metadata.uri());
    }

    EcsRamRoleCredentialsProvider provider() {
        return EcsRamRoleCredentialsProvider.create(settings().build());
    }

    @Test
    void asksForASessionTokenThenTheRoleThenItsCredentials() {
        EcsRamRoleCredentialsProvider provider = provider();
        Credentials c = provider.credentials();
        assertThat(c.accessKeyId()).isEqualTo("STS.ecs1");
        assertThat(c.accessKeySecret()).isEqualTo(SECRET);
        assertThat(c.securityToken()).contains(TOKEN);
        List<FakeServer.Seen> seen = metadata.requests;
        assertThat(seen).extracting(FakeServer.Seen::method, FakeServer.Seen::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PUT", API_TOKEN),
                        org.assertj.core.groups.Tuple.tuple("GET", ROLES),
                        org.assertj.core.groups.Tuple.tuple("GET", CREDS));
        assertThat(seen.get(0).header("X-aliyun-ecs-metadata-token-ttl-seconds")).isEqualTo("21600");
        assertThat(seen.get(1).header("X-aliyun-ecs-metadata-token")).isEqualTo(SESSION);
        assertThat(seen.get(2).header("X-aliyun-ecs-metadata-token")).isEqualTo(SESSION);
    }

    @Test
    void cachesThenRefreshesRememberingTheRoleName() {
        EcsRamRoleCredentialsProvider provider = provider();
        provider.credentials();
        clock.advance(Duration.ofHours(5));
        provider.credentials();
        assertThat(metadata.count.get()).isEqualTo(3);
        credentials.set(r -> FakeServer.Reply.ok(answer("STS.ecs2", clock.instant().plus(Duration.ofHours(6)))));
        clock.advance(Duration.ofMinutes(50)); // 10 minutes left
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.ecs2");
        assertThat(metadata.requestsTo(ROLES)).isEqualTo(1);
        assertThat(metadata.requestsTo(API_TOKEN)).isEqualTo(2);
        assertThat(metadata.requestsTo(CREDS)).isEqualTo(2);
    }

    @Test
    void theRoleFromTheEnvironmentOrTheBuilderNeedsNoDiscovery() {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        provider().credentials();
        assertThat(metadata.requestsTo(ROLES)).isZero();
        env.clear();
        EcsRamRoleCredentialsProvider.builder(settings().build()).roleName("EcsRole").build().credentials();
        assertThat(metadata.requestsTo(ROLES)).isZero();
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder(settings().build()).roleName("Other").build().credentials())
                .hasMessageContaining("GET " + metadata.uri() + ROLES + "Other answered HTTP 404: the instance has no RAM role named 'Other'");
    }

    @Test
    void withoutASessionTokenItFallsBackToImdsV1UnlessThatIsDisabled() {
        token.set(r -> FakeServer.Reply.status(403, ""));
        credentials.set(r -> r.header("X-aliyun-ecs-metadata-token") == null
                ? FakeServer.Reply.ok(answer("STS.v1", T0.plus(Duration.ofHours(6))))
                : FakeServer.Reply.status(400, ""));
        assertThat(provider().credentials().accessKeyId()).isEqualTo("STS.v1");

        env.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("ECS RAM role: PUT " + metadata.uri() + API_TOKEN + " answered HTTP 403 and IMDSv1 is turned off"
                        + " (ALIBABA_CLOUD_IMDSV1_DISABLED)");
        env.clear();
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder(settings().build()).disableImdsV1(true).build().credentials())
                .hasMessageContaining("IMDSv1 is turned off");
    }

    @Test
    void aRequestRefusedWithTheTokenIsMadeAgainWithoutIt() {
        credentials.set(r -> r.header("X-aliyun-ecs-metadata-token") == null
                ? FakeServer.Reply.ok(answer("STS.v1", T0.plus(Duration.ofHours(6))))
                : FakeServer.Reply.status(401, ""));
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        assertThat(provider().credentials().accessKeyId()).isEqualTo("STS.v1");
        env.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
        assertThatThrownBy(() -> provider().credentials()).hasMessageEndingWith(CREDS + " answered HTTP 401");
    }

    @Test
    void malformedOrFailedAnswersAreNamedWithoutSecrets() {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        env.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
        Map<FakeServer.Reply, String> cases = new java.util.LinkedHashMap<>();
        cases.put(FakeServer.Reply.ok("{\"Code\":\"Failed\",\"AccessKeySecret\":\"" + SECRET + "\"}"), "answered Code 'Failed' instead of 'Success'");
        cases.put(FakeServer.Reply.ok("<html>" + SECRET), "not JSON");
        cases.put(FakeServer.Reply.ok("{\"Code\":\"Success\",\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"" + SECRET + "\"}"),
                "answered without SecurityToken, Expiration");
        cases.put(FakeServer.Reply.status(500, "{\"AccessKeySecret\":\"" + SECRET + "\"}"), "answered HTTP 500");
        cases.forEach((reply, message) -> {
            credentials.set(r -> reply);
            assertThatThrownBy(() -> provider().credentials())
                    .isInstanceOf(CredentialsUnavailableException.class)
                    .hasMessageStartingWith("ECS RAM role: GET " + metadata.uri() + CREDS)
                    .hasMessageContaining(message)
                    .hasMessageNotContaining(SECRET)
                    .hasMessageNotContaining(TOKEN)
                    .hasMessageNotContaining(SESSION);
        });
    }

    @Test
    void aSessionTokenThatCannotBeSentIsRefusedWithoutShowingIt() {
        token.set(r -> FakeServer.Reply.ok("first-line\nsecond-line-never-shown"));
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("ECS RAM role: GET " + metadata.uri() + CREDS + " failed: the request could not be made")
                .hasMessageNotContaining("second-line-never-shown");
    }

    @Test
    void noRoleAttachedIsSaid() {
        metadata.on(ROLES, r -> FakeServer.Reply.status(404, ""));
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("answered HTTP 404: no RAM role is attached to the instance");
    }

    @Test
    void aSlowServiceTimesOutAtTheReadTimeout() {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        credentials.set(r -> FakeServer.Reply.ok(answer("STS.slow", T0.plus(Duration.ofHours(6)))).after(3000));
        EcsRamRoleCredentialsProvider provider = EcsRamRoleCredentialsProvider.builder(
                settings().metadataTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build()).disableImdsV1(true).build();
        long start = System.nanoTime();
        assertThatThrownBy(provider::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageStartingWith("ECS RAM role: GET " + metadata.uri() + CREDS + " failed")
                .hasMessageContaining("read timeout of 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void noServiceMeansOneRefusedConnectionAndNoSecondTry() {
        CredentialsProvider provider = EcsRamRoleCredentialsProvider.create(Loopback.settings(env, home, clock).build());
        assertThatThrownBy(provider::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("ECS RAM role: PUT http://127.0.0.1:")
                .hasMessageContaining("failed: could not connect");
    }

    @Test
    void turnedOffByTheEnvironment() {
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("ECS RAM role: turned off by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true");
        assertThat(metadata.count.get()).isZero();
    }

    @Test
    void manyThreadsCauseOneFetch() throws Exception {
        env.put("ALIBABA_CLOUD_ECS_METADATA", "EcsRole");
        credentials.set(r -> FakeServer.Reply.ok(answer("STS.ecs1", T0.plus(Duration.ofHours(6)))).after(200));
        EcsRamRoleCredentialsProvider provider = provider();
        OidcRoleCredentialsProviderTest.assertOneFetchFor(provider, () -> metadata.requestsTo(CREDS));
        assertThat(metadata.requestsTo(CREDS)).isEqualTo(1);
        assertThat(metadata.requestsTo(API_TOKEN)).isEqualTo(1);
    }

    @Test
    void toStringShowsNoSecret() {
        EcsRamRoleCredentialsProvider provider = provider();
        provider.credentials();
        assertThat(provider.toString()).isEqualTo("EcsRamRoleCredentialsProvider[role=from ALIBABA_CLOUD_ECS_METADATA or the instance, metadata="
                + metadata.uri() + "]");
    }
}
