package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.runtime.signing.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConfigCredentialsProviderTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "cli-secret-never-shown";
    static final String TOKEN = "cli-token-never-shown";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);

    CliConfigCredentialsProvider provider(CredentialsSettings.Builder settings) {
        return CliConfigCredentialsProvider.create(settings.build());
    }

    CliConfigCredentialsProvider provider() {
        return provider(Loopback.settings(env, home, clock));
    }

    Path write(String current, String... profiles) throws IOException {
        Path file = home.resolve(".aliyun/config.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"current\":\"" + current + "\",\"profiles\":[" + String.join(",", profiles)
                + "],\"meta_path\":\"\"}");
        return file;
    }

    @Test
    void theCurrentProfileOrTheOneNamedByTheEnvironment() throws IOException {
        write("ak",
                "{\"name\":\"ak\",\"mode\":\"AK\",\"access_key_id\":\"LTAI-cli\",\"access_key_secret\":\"" + SECRET
                        + "\",\"region_id\":\"cn-hangzhou\",\"output_format\":\"json\"}",
                "{\"name\":\"sts\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.cli\",\"access_key_secret\":\"" + SECRET
                        + "\",\"sts_token\":\"" + TOKEN + "\"}");
        Credentials c = provider().credentials();
        assertThat(c.accessKeyId()).isEqualTo("LTAI-cli");
        assertThat(c.securityToken()).isEmpty();
        env.put("ALIBABA_CLOUD_PROFILE", "sts");
        c = provider().credentials();
        assertThat(c.accessKeyId()).isEqualTo("STS.cli");
        assertThat(c.securityToken()).contains(TOKEN);
    }

    @Test
    void anStsTokenProfilePastItsExpirationIsRefused() throws IOException {
        Path file = write("sts", "{\"name\":\"sts\",\"mode\":\"StsToken\",\"access_key_id\":\"STS.cli\",\"access_key_secret\":\""
                + SECRET + "\",\"sts_token\":\"" + TOKEN + "\",\"sts_expiration\":" + T0.plusSeconds(60).getEpochSecond() + "}");
        assertThat(provider().credentials().accessKeyId()).isEqualTo("STS.cli");
        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("aliyun CLI profile 'sts' in " + file + " (mode StsToken): the STS token expired at 2026-11-30T00:01:00Z");
    }

    @Test
    void problemsNameTheFileTheProfileAndTheMode() throws IOException {
        Path file = home.resolve(".aliyun/config.json");
        assertThatThrownBy(() -> provider().credentials()).hasMessage("aliyun CLI profile: " + file + " does not exist");
        write("missing", "{\"name\":\"ak\",\"mode\":\"AK\",\"access_key_id\":\"x\",\"access_key_secret\":\"" + SECRET + "\"}");
        assertThatThrownBy(() -> provider().credentials()).hasMessage("aliyun CLI profile 'missing' in " + file + ": there is no such profile");
        write("role", "{\"name\":\"role\",\"mode\":\"RamRoleArn\",\"access_key_id\":\"x\",\"access_key_secret\":\"" + SECRET
                + "\",\"ram_role_arn\":\"acs:ram::1:role/r\"}");
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("aliyun CLI profile 'role' in " + file + ": mode RamRoleArn is not supported by ackgen; use AK, StsToken,"
                        + " EcsRamRole or OIDC")
                .hasMessageNotContaining(SECRET);
        write("ak", "{\"name\":\"ak\",\"mode\":\"AK\",\"access_key_id\":\"x\"}");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("aliyun CLI profile 'ak' in " + file + " (mode AK): access_key_secret is not set");
        Files.writeString(file, "{\"current\": \"" + SECRET);
        assertThatThrownBy(() -> provider().credentials())
                .hasMessageStartingWith("aliyun CLI profile: " + file + ": not JSON")
                .hasMessageNotContaining(SECRET);
        env.put("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("aliyun CLI profile: turned off by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true");
    }

    @Test
    void ecsRamRoleProfilesGoThroughTheMetadataService() throws IOException {
        try (FakeServer metadata = new FakeServer()) {
            metadata.on("/latest/api/token", r -> FakeServer.Reply.ok("session"));
            metadata.on("/latest/meta-data/ram/security-credentials/", r -> FakeServer.Reply.ok("Discovered"));
            metadata.on("/latest/meta-data/ram/security-credentials/CliRole", r -> FakeServer.Reply.ok(
                    "{\"Code\":\"Success\"," + FakeServer.credentialsJson("STS.cliecs", SECRET, TOKEN, T0.plus(Duration.ofHours(6))).substring(1)));
            write("ecs", "{\"name\":\"ecs\",\"mode\":\"EcsRamRole\",\"ram_role_name\":\"CliRole\"}");
            CliConfigCredentialsProvider provider = provider(Loopback.settings(env, home, clock).metadataEndpoint(metadata.uri()));
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.cliecs");
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.cliecs");
            assertThat(metadata.count.get()).isEqualTo(2);
            assertThat(metadata.requestsTo("/latest/meta-data/ram/security-credentials/")).isZero();
        }
    }

    @Test
    void oidcProfilesGoThroughStsWithTheProfilesSettings() throws IOException {
        Path token = home.resolve("oidc-token");
        Files.writeString(token, "oidc-token-never-shown");
        try (FakeServer sts = new FakeServer()) {
            sts.on("/", r -> FakeServer.Reply.ok(OidcRoleCredentialsProviderTest.stsAnswer("STS.clioidc", T0.plus(Duration.ofHours(1)))));
            write("oidc", "{\"name\":\"oidc\",\"mode\":\"OIDC\",\"ram_role_arn\":\"acs:ram::1:role/r\",\"oidc_provider_arn\":"
                    + "\"acs:ram::1:oidc-provider/p\",\"oidc_token_file\":\"" + token.toString().replace("\\", "\\\\")
                    + "\",\"ram_session_name\":\"cli-session\",\"expired_seconds\":900,\"sts_region\":\"cn-shanghai\"}");
            CliConfigCredentialsProvider provider = provider(Loopback.settings(env, home, clock).stsEndpoint(sts.uri()));
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.clioidc");
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.clioidc");
            assertThat(sts.count.get()).isEqualTo(1);
            assertThat(OidcRoleCredentialsProviderTest.form(sts.requests.get(0).body()))
                    .containsEntry("RoleSessionName", "cli-session")
                    .containsEntry("DurationSeconds", "900")
                    .containsEntry("OIDCToken", "oidc-token-never-shown");

            sts.on("/", r -> FakeServer.Reply.status(403, "{\"Code\":\"NoPermission\"}"));
            clock.advance(Duration.ofHours(2));
            assertThatThrownBy(provider::credentials)
                    .hasMessageStartingWith("aliyun CLI profile 'oidc' in " + home.resolve(".aliyun/config.json")
                            + ": OIDC role acs:ram::1:role/r: POST " + sts.uri())
                    .hasMessageContaining("HTTP 403 (Code=NoPermission)")
                    .hasMessageNotContaining("oidc-token-never-shown");
        }
    }
}
