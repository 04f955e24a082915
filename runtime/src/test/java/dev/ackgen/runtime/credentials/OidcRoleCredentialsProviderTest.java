package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OidcRoleCredentialsProviderTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "sts-secret-never-shown";
    static final String TOKEN = "sts-token-never-shown";
    static final String OIDC_TOKEN = "eyJ-oidc-token-never-shown";
    static final String ROLE = "acs:ram::1234:role/ack-reader";
    static final String PROVIDER = "acs:ram::1234:oidc-provider/ack-rrsa-c1";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);
    FakeServer sts;
    Path tokenFile;
    final AtomicReference<FakeServer.Handler> answer = new AtomicReference<>();

    @BeforeEach
    void setUp() throws IOException {
        sts = new FakeServer().on("/", r -> answer.get().answer(r));
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.id1", T0.plus(Duration.ofHours(1)))));
        tokenFile = home.resolve("token");
        Files.writeString(tokenFile, OIDC_TOKEN + "\n");
    }

    @AfterEach
    void tearDown() {
        sts.close();
    }

    static String stsAnswer(String id, Instant expiration) {
        return "{\"RequestId\":\"req-1\",\"AssumedRoleUser\":{\"Arn\":\"" + ROLE + "/s\"},\"Credentials\":"
                + FakeServer.credentialsJson(id, SECRET, TOKEN, expiration) + "}";
    }

    CredentialsSettings.Builder settings() {
        return Loopback.settings(env, home, clock).stsEndpoint(sts.uri());
    }

    OidcRoleCredentialsProvider provider() {
        return OidcRoleCredentialsProvider.builder(settings().build())
                .roleArn(ROLE).oidcProviderArn(PROVIDER).oidcTokenFile(tokenFile).roleSessionName("ackgen-test").build();
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void exchangesTheTokenFileWithAnAnonymousAssumeRoleWithOidc() {
        Credentials credentials = provider().credentials();
        assertThat(credentials.accessKeyId()).isEqualTo("STS.id1");
        assertThat(credentials.accessKeySecret()).isEqualTo(SECRET);
        assertThat(credentials.securityToken()).contains(TOKEN);

        FakeServer.Seen request = sts.requests.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.query()).isEqualTo("Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.header("Authorization")).isNull();
        assertThat(form(request.body())).containsOnly(
                Map.entry("DurationSeconds", "3600"),
                Map.entry("RoleArn", ROLE),
                Map.entry("OIDCProviderArn", PROVIDER),
                Map.entry("OIDCToken", OIDC_TOKEN),
                Map.entry("RoleSessionName", "ackgen-test"));
    }

    @Test
    void policyAndDurationAreSentWhenSet() {
        OidcRoleCredentialsProvider provider = OidcRoleCredentialsProvider.builder(settings().build())
                .roleArn(ROLE).oidcProviderArn(PROVIDER).oidcTokenFile(tokenFile)
                .durationSeconds(900).policy("{\"Statement\":[]}").build();
        provider.credentials();
        Map<String, String> form = form(sts.requests.get(0).body());
        assertThat(form).containsEntry("DurationSeconds", "900").containsEntry("Policy", "{\"Statement\":[]}");
        assertThat(form.get("RoleSessionName")).isEqualTo("credentials-java-" + T0.toEpochMilli());
        assertThatThrownBy(() -> OidcRoleCredentialsProvider.builder(settings().build())
                .roleArn(ROLE).oidcProviderArn(PROVIDER).oidcTokenFile(tokenFile).durationSeconds(899).build())
                .hasMessageContaining("at least 900");
    }

    @Test
    void cachesUntilCloseToExpiryThenFetchesAgainReadingTheTokenFileAgain() throws IOException {
        OidcRoleCredentialsProvider provider = provider();
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        clock.advance(Duration.ofMinutes(40));
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        assertThat(sts.count.get()).isEqualTo(1);

        Files.writeString(tokenFile, "rotated-token");
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.id2", clock.instant().plus(Duration.ofHours(1)))));
        clock.advance(Duration.ofMinutes(6)); // 14 minutes left: less than the 15 of refreshBefore
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id2");
        assertThat(sts.count.get()).isEqualTo(2);
        assertThat(form(sts.requests.get(1).body())).containsEntry("OIDCToken", "rotated-token");
    }

    @Test
    void shortLivedCredentialsAreRefreshedAtHalfTheirLifetimeNotOnEveryCall() {
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.short", clock.instant().plus(Duration.ofMinutes(15)))));
        OidcRoleCredentialsProvider provider = provider();
        provider.credentials();
        clock.advance(Duration.ofMinutes(7));
        provider.credentials();
        assertThat(sts.count.get()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        provider.credentials();
        assertThat(sts.count.get()).isEqualTo(2);
    }

    @Test
    void aFailedRefreshKeepsCredentialsThatStillWorkAndFailsOnceTheyExpired() {
        OidcRoleCredentialsProvider provider = provider();
        provider.credentials();
        answer.set(r -> FakeServer.Reply.status(500, "{\"Code\":\"InternalError\"}"));
        clock.advance(Duration.ofMinutes(50));
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        assertThat(sts.count.get()).isEqualTo(2); // retried after a pause, not on every call
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(provider::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("Code=InternalError");
    }

    @Test
    void stsErrorsNameTheCodeAndNeverTheTokenOrSecrets() {
        answer.set(r -> FakeServer.Reply.status(400, "{\"RequestId\":\"req-9\",\"Code\":\"AuthenticationFail.OIDCToken.Invalid\","
                + "\"Message\":\"token " + OIDC_TOKEN + " is invalid\"}"));
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("OIDC role " + ROLE)
                .hasMessageContaining("POST " + sts.uri() + "/")
                .hasMessageContaining("HTTP 400 (Code=AuthenticationFail.OIDCToken.Invalid, RequestId=req-9, Message=token *** is invalid)")
                .hasMessageContaining("token file " + tokenFile)
                .hasMessageNotContaining(OIDC_TOKEN);
    }

    @Test
    void malformedAnswersAreRefusedWithoutQuotingThem() {
        List<String> bodies = List.of(
                "not json " + SECRET,
                "[\"" + SECRET + "\"]",
                "{\"RequestId\":\"r\"}",
                "{\"Credentials\":{\"AccessKeyId\":\"STS.x\",\"SecurityToken\":\"" + TOKEN + "\",\"Expiration\":\"2026-11-30T01:00:00Z\"}}",
                "{\"Credentials\":{\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"" + SECRET + "\",\"SecurityToken\":\"" + TOKEN + "\"}}",
                "{\"Credentials\":{\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"" + SECRET + "\",\"SecurityToken\":\"" + TOKEN
                        + "\",\"Expiration\":\"tomorrow\"}}");
        List<String> expected = List.of("not JSON", "not an object", "without Credentials", "without AccessKeySecret",
                "without Expiration", "not an ISO-8601 UTC time: 'tomorrow'");
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            answer.set(r -> FakeServer.Reply.ok(body));
            assertThatThrownBy(() -> provider().credentials())
                    .isInstanceOf(CredentialsUnavailableException.class)
                    .hasMessageContaining(expected.get(i))
                    .hasMessageNotContaining(SECRET)
                    .hasMessageNotContaining(TOKEN)
                    .hasMessageNotContaining(OIDC_TOKEN);
        }
    }

    @Test
    void credentialsThatHaveAlreadyExpiredAreRefused() {
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.old", T0.minusSeconds(1))));
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("had already expired");
    }

    @Test
    void aSlowStsTimesOutAtTheReadTimeout() {
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.slow", T0.plus(Duration.ofHours(1)))).after(3000));
        OidcRoleCredentialsProvider provider = OidcRoleCredentialsProvider.builder(
                        settings().httpTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).build())
                .roleArn(ROLE).oidcProviderArn(PROVIDER).oidcTokenFile(tokenFile).build();
        long start = System.nanoTime();
        assertThatThrownBy(provider::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageContaining("read timeout of 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aMissingOrEmptyTokenFileIsNamed() throws IOException {
        Files.delete(tokenFile);
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("the OIDC token file " + tokenFile + " does not exist");
        Files.writeString(tokenFile, "  \n");
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("is empty");
        assertThat(sts.count.get()).isZero();
    }

    @Test
    void manyThreadsCauseOneExchange() throws Exception {
        answer.set(r -> FakeServer.Reply.ok(stsAnswer("STS.id1", T0.plus(Duration.ofHours(1)))).after(200));
        OidcRoleCredentialsProvider provider = provider();
        assertOneFetchFor(provider, sts.count::get);
        // and one more when they are due again, while the old ones still work
        clock.advance(Duration.ofMinutes(50));
        assertOneFetchFor(provider, sts.count::get);
    }

    /** 16 threads ask at once; {@code fetches} counts the requests that fetch credentials. */
    static void assertOneFetchFor(CredentialsProvider provider, java.util.function.IntSupplier fetches) throws Exception {
        int before = fetches.getAsInt();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Credentials>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Credentials> call = () -> {
                    start.await();
                    return provider.credentials();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Credentials> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS).accessKeySecret()).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches.getAsInt() - before).isEqualTo(1);
    }

    @Test
    void fromEnvironmentNamesWhatIsMissingAndFollowsTheVariables() {
        CredentialsProvider provider = OidcRoleCredentialsProvider.fromEnvironment(settings().build());
        assertThatThrownBy(provider::credentials).hasMessage("OIDC role: environment variables ALIBABA_CLOUD_ROLE_ARN, "
                + "ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set");
        env.put("ALIBABA_CLOUD_ROLE_ARN", ROLE);
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", PROVIDER);
        assertThatThrownBy(provider::credentials).hasMessage("OIDC role: environment variable ALIBABA_CLOUD_OIDC_TOKEN_FILE is not set");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString());
        env.put("ALIBABA_CLOUD_ROLE_SESSION_NAME", "from-env");
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.id1");
        assertThat(sts.count.get()).isEqualTo(1);
        assertThat(form(sts.requests.get(0).body())).containsEntry("RoleSessionName", "from-env");

        // a variable that makes no endpoint is this provider's failure, not the whole chain's
        CredentialsProvider regional = OidcRoleCredentialsProvider.fromEnvironment(Loopback.settings(env, home, clock).stsEndpoint(null).build());
        env.put("ALIBABA_CLOUD_STS_REGION", "cn hangzhou");
        assertThatThrownBy(regional::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageStartingWith("OIDC role: ");
    }

    @Test
    void theStsEndpointFollowsRegionAndVpcUnlessSet() {
        CredentialsSettings noOverride = Loopback.settings(env, home, clock).stsEndpoint(null).build();
        OidcRoleCredentialsProvider.Builder b = OidcRoleCredentialsProvider.builder(noOverride)
                .roleArn(ROLE).oidcProviderArn(PROVIDER).oidcTokenFile(tokenFile);
        assertThat(b.build().sts()).isEqualTo(URI.create("https://sts.aliyuncs.com"));
        env.put("ALIBABA_CLOUD_STS_REGION", "cn-shanghai");
        assertThat(b.build().sts()).isEqualTo(URI.create("https://sts.cn-shanghai.aliyuncs.com"));
        env.put("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true");
        assertThat(b.build().sts()).isEqualTo(URI.create("https://sts-vpc.cn-shanghai.aliyuncs.com"));
        assertThat(b.stsRegion("cn-beijing").enableVpc(false).build().sts()).isEqualTo(URI.create("https://sts.cn-beijing.aliyuncs.com"));
        assertThat(b.stsEndpoint("sts.example.internal").build().sts()).isEqualTo(URI.create("https://sts.example.internal"));
        assertThat(provider().sts()).isEqualTo(sts.uri());
    }

    @Test
    void toStringShowsConfigurationNeverTheToken() {
        OidcRoleCredentialsProvider provider = provider();
        provider.credentials();
        assertThat(provider.toString()).contains(ROLE, PROVIDER, tokenFile.toString())
                .doesNotContain(OIDC_TOKEN, SECRET, TOKEN);
        assertThat(provider.credentials().toString()).doesNotContain(SECRET, TOKEN);
    }
}
