package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default chain: credentials-java's order, what it says when nothing has credentials, reuse of the last provider. */
class DefaultChainTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "chain-secret-never-shown";
    static final String TOKEN = "chain-token-never-shown";
    static final String OIDC_TOKEN = "chain-oidc-never-shown";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final Map<String, String> properties = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);
    FakeServer sts;
    FakeServer metadata;
    FakeServer uri;

    @BeforeEach
    void setUp() throws IOException {
        sts = new FakeServer().on("/", r -> FakeServer.Reply.ok(OidcRoleCredentialsProviderTest.stsAnswer("STS.oidc", T0.plus(Duration.ofHours(1)))));
        metadata = new FakeServer()
                .on("/latest/api/token", r -> FakeServer.Reply.ok("session"))
                .on("/latest/meta-data/ram/security-credentials/", r -> FakeServer.Reply.ok("Role"))
                .on("/latest/meta-data/ram/security-credentials/Role", r -> FakeServer.Reply.ok("{\"Code\":\"Success\","
                        + FakeServer.credentialsJson("STS.ecs", SECRET, TOKEN, T0.plus(Duration.ofHours(6))).substring(1)));
        uri = new FakeServer().on("/creds", r -> FakeServer.Reply.ok("{\"Code\":\"Success\","
                + FakeServer.credentialsJson("STS.uri", SECRET, TOKEN, T0.plus(Duration.ofHours(1))).substring(1)));
    }

    @AfterEach
    void tearDown() {
        sts.close();
        metadata.close();
        uri.close();
    }

    CredentialsSettings settings(boolean withMetadata) {
        CredentialsSettings.Builder b = Loopback.settings(env, home, clock).systemProperties(properties::get).stsEndpoint(sts.uri());
        if (withMetadata) {
            b.metadataEndpoint(metadata.uri());
        }
        return b.build();
    }

    String winner() {
        return CredentialsProvider.defaultChain(settings(true)).credentials().accessKeyId();
    }

    @Test
    void providersAreAskedInCredentialsJavasOrder() throws IOException {
        properties.put("alibabacloud.accessKeyId", "sysprop");
        properties.put("alibabacloud.accessKeySecret", SECRET);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        Path token = home.resolve("token");
        Files.writeString(token, OIDC_TOKEN);
        env.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r");
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString());
        Files.createDirectories(home.resolve(".aliyun"));
        Files.writeString(home.resolve(".aliyun/config.json"), "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\","
                + "\"mode\":\"AK\",\"access_key_id\":\"cli\",\"access_key_secret\":\"" + SECRET + "\"}]}");
        Files.createDirectories(home.resolve(".alibabacloud"));
        Files.writeString(home.resolve(".alibabacloud/credentials.ini"),
                "[default]\nenable = true\ntype = access_key\naccess_key_id = ini\naccess_key_secret = " + SECRET + "\n");
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", uri.uri() + "/creds");

        assertThat(winner()).isEqualTo("sysprop");
        properties.clear();
        assertThat(winner()).isEqualTo("env");
        env.remove("ALIBABA_CLOUD_ACCESS_KEY_ID");
        assertThat(winner()).isEqualTo("STS.oidc");
        env.remove("ALIBABA_CLOUD_ROLE_ARN");
        assertThat(winner()).isEqualTo("cli");
        Files.delete(home.resolve(".aliyun/config.json"));
        assertThat(winner()).isEqualTo("ini");
        Files.delete(home.resolve(".alibabacloud/credentials.ini"));
        assertThat(winner()).isEqualTo("STS.ecs");
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThat(winner()).isEqualTo("STS.uri");
        assertThat(metadata.count.get()).isEqualTo(3);
    }

    @Test
    void anExhaustedChainSaysWhatEachProviderTriedAndNoSecret() throws IOException {
        Files.createDirectories(home.resolve(".alibabacloud"));
        Files.writeString(home.resolve(".alibabacloud/credentials.ini"),
                "[default]\nenable = true\ntype = rsa_key_pair\npublic_key_id = k\naccess_key_secret = " + SECRET + "\n");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        CredentialsProvider chain = CredentialsProvider.defaultChain(settings(false));
        assertThatThrownBy(chain::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessageStartingWith("no credentials found: system property alibabacloud.accessKeyId is not set; "
                        + "environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set; "
                        + "OIDC role: environment variables ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, "
                        + "ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set; "
                        + "aliyun CLI profile: " + home.resolve(".aliyun/config.json") + " does not exist; "
                        + "credentials file: profile [default] in " + home.resolve(".alibabacloud/credentials.ini")
                        + ": type rsa_key_pair is not supported by ackgen")
                .hasMessageContaining("; ECS RAM role: PUT http://127.0.0.1:")
                .hasMessageContaining("/latest/api/token failed: could not connect")
                .hasMessageEndingWith("; credentials URI: environment variable ALIBABA_CLOUD_CREDENTIALS_URI is not set")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void theLastProviderThatWorkedIsAskedFirstUntilItFails() {
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", uri.uri() + "/creds");
        CredentialsProvider chain = CredentialsProvider.defaultChain(settings(true));
        assertThat(chain.credentials().accessKeyId()).isEqualTo("STS.uri");
        // As in credentials-java, credentials appearing earlier in the chain do not displace the one that works...
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertThat(chain.credentials().accessKeyId()).isEqualTo("STS.uri");
        // ...until it fails; then the chain is walked again from the top.
        env.remove("ALIBABA_CLOUD_CREDENTIALS_URI");
        assertThat(chain.credentials().accessKeyId()).isEqualTo("env");
    }

    @Test
    void buildingTheChainReadsAndContactsNothing() {
        AtomicInteger lookups = new AtomicInteger();
        CredentialsSettings counting = Loopback.settings(name -> {
            lookups.incrementAndGet();
            return null;
        }, home, clock).systemProperties(name -> {
            lookups.incrementAndGet();
            return null;
        }).build();
        CredentialsProvider chain = CredentialsProvider.defaultChain(counting);
        assertThat(lookups.get()).isZero();
        assertThat(((CredentialsProviderChain) chain).providers()).extracting(p -> p.getClass().getSimpleName())
                .containsExactly("SystemPropertiesCredentialsProvider", "EnvironmentCredentialsProvider", "FromEnvironment",
                        "CliConfigCredentialsProvider", "CredentialsFileProvider", "EcsRamRoleCredentialsProvider", "FromEnvironment");
        assertThat(chain.toString()).doesNotContain(SECRET);
        assertThat(List.of(sts.count.get(), metadata.count.get(), uri.count.get())).containsOnly(0);
    }

    @Test
    void systemPropertiesPreferTheOlderSecretSpellingAsCredentialsJavaDoes() {
        SystemPropertiesCredentialsProvider provider = new SystemPropertiesCredentialsProvider(properties::get);
        assertThatThrownBy(provider::credentials).hasMessage("system property alibabacloud.accessKeyId is not set");
        properties.put("alibabacloud.accessKeyId", "id");
        assertThatThrownBy(provider::credentials).hasMessage("system property alibabacloud.accessKeySecret is not set");
        properties.put("alibabacloud.accessKeySecret", "new");
        assertThat(provider.credentials().accessKeySecret()).isEqualTo("new");
        properties.put("alibabacloud.accessKeyIdSecret", "old");
        properties.put("alibabacloud.sessionToken", TOKEN);
        assertThat(provider.credentials().accessKeySecret()).isEqualTo("old");
        assertThat(provider.credentials().securityToken()).contains(TOKEN);
    }
}
