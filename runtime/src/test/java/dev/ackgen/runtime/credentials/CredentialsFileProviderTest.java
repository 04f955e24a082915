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

class CredentialsFileProviderTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    static final String SECRET = "ini-secret-never-shown";
    static final String TOKEN = "ini-token-never-shown";

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final MutableClock clock = new MutableClock(T0);

    CredentialsFileProvider provider(CredentialsSettings.Builder settings) {
        return CredentialsFileProvider.create(settings.build());
    }

    CredentialsFileProvider provider() {
        return provider(Loopback.settings(env, home, clock));
    }

    Path write(String text) throws IOException {
        Path file = home.resolve(".alibabacloud/credentials.ini");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void accessKeyProfileAsCredentialsJavaDocumentsIt() throws IOException {
        write("""
                [default]                          # default setting
                enable = true                      # Enable
                type = access_key                  # Certification type: access_key
                access_key_id = foo                # Key
                access_key_secret = %s             # Secret

                ; another
                [client1]
                enable = true
                type = sts
                access_key_id = STS.bar
                access_key_secret = %s
                security_token = %s
                """.formatted(SECRET, SECRET, TOKEN));
        Credentials c = provider().credentials();
        assertThat(c.accessKeyId()).isEqualTo("foo");
        assertThat(c.accessKeySecret()).isEqualTo(SECRET);
        assertThat(c.securityToken()).isEmpty();

        env.put("ALIBABA_CLOUD_PROFILE", "client1");
        c = provider().credentials();
        assertThat(c.accessKeyId()).isEqualTo("STS.bar");
        assertThat(c.securityToken()).contains(TOKEN);
    }

    @Test
    void theFileCanBeNamedByTheEnvironment() throws IOException {
        Path other = home.resolve("elsewhere.ini");
        Files.writeString(other, "[default]\nenable = true\ntype = access_key\naccess_key_id = other\naccess_key_secret = s\n");
        env.put("ALIBABA_CLOUD_CREDENTIALS_FILE", other.toString());
        assertThat(provider().credentials().accessKeyId()).isEqualTo("other");
        assertThat(provider().file()).isEqualTo(other);
    }

    @Test
    void anInvalidFileNameIsThisProvidersFailure() {
        env.put("ALIBABA_CLOUD_CREDENTIALS_FILE", "bad\u0000name");
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("credentials file: ALIBABA_CLOUD_CREDENTIALS_FILE is not a valid path");
        assertThat(provider().toString()).contains("is not a valid path");
    }

    @Test
    void missingFileProfileAndDisabledProfilesAreNamed() throws IOException {
        Path file = home.resolve(".alibabacloud/credentials.ini");
        assertThatThrownBy(() -> provider().credentials()).hasMessage("credentials file: " + file + " does not exist");
        write("[default]\ntype = access_key\naccess_key_id = foo\naccess_key_secret = " + SECRET + "\n");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("credentials file: profile [default] in " + file + ": the profile is not enabled (it needs enable = true)");
        env.put("ALIBABA_CLOUD_PROFILE", "prod");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("credentials file: profile [prod] in " + file + ": there is no such profile");
    }

    @Test
    void unsupportedTypesAreNamedWithFileAndProfile() throws IOException {
        Path file = write("[default]\nenable = true\ntype = ram_role_arn\naccess_key_id = foo\naccess_key_secret = " + SECRET
                + "\nrole_arn = acs:ram::1:role/r\n[odd]\nenable = true\ntype = bearer\n[empty]\nenable = true\n"
                + "type = access_key\naccess_key_id = foo\n");
        assertThatThrownBy(() -> provider().credentials())
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("credentials file: profile [default] in " + file + ": type ram_role_arn is not supported by ackgen"
                        + " (it needs a signed STS call); use access_key, sts, ecs_ram_role or oidc_role_arn");
        env.put("ALIBABA_CLOUD_PROFILE", "odd");
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("profile [odd] in " + file + ": unknown type 'bearer'");
        env.put("ALIBABA_CLOUD_PROFILE", "empty");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("credentials file: profile [empty] in " + file + " (type access_key): access_key_secret is not set");
    }

    @Test
    void syntaxErrorsGiveTheLineNeverItsText() throws IOException {
        Path file = write("[default]\nenable = true\n" + SECRET + "\n");
        assertThatThrownBy(() -> provider().credentials())
                .hasMessage("credentials file: " + file + " line 3: expected 'key = value'")
                .hasMessageNotContaining(SECRET);
        write("[default\n");
        assertThatThrownBy(() -> provider().credentials()).hasMessageContaining("line 1: a section header must end with ']'");
    }

    @Test
    void ecsRamRoleProfilesGoThroughTheMetadataServiceAndStayCached() throws IOException {
        try (FakeServer metadata = new FakeServer()) {
            metadata.on("/latest/api/token", r -> FakeServer.Reply.ok("session"));
            metadata.on("/latest/meta-data/ram/security-credentials/FileRole", r -> FakeServer.Reply.ok(
                    "{\"Code\":\"Success\"," + FakeServer.credentialsJson("STS.file", SECRET, TOKEN, T0.plus(Duration.ofHours(6))).substring(1)));
            write("[default]\nenable = true\ntype = ecs_ram_role\nrole_name = FileRole\n");
            CredentialsFileProvider provider = provider(Loopback.settings(env, home, clock).metadataEndpoint(metadata.uri()));
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.file");
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.file");
            assertThat(metadata.count.get()).isEqualTo(2);

            write("[default]\nenable = true\ntype = ecs_ram_role\nrole_name = Gone\n");
            assertThatThrownBy(provider::credentials)
                    .hasMessageStartingWith("credentials file: profile [default] in " + home.resolve(".alibabacloud/credentials.ini")
                            + ": ECS RAM role: GET " + metadata.uri())
                    .hasMessageContaining("no RAM role named 'Gone'");
        }
    }

    @Test
    void oidcRoleArnProfilesGoThroughSts() throws IOException {
        Path token = home.resolve("oidc-token");
        Files.writeString(token, "oidc-token-never-shown");
        try (FakeServer sts = new FakeServer()) {
            sts.on("/", r -> FakeServer.Reply.ok(OidcRoleCredentialsProviderTest.stsAnswer("STS.oidc", T0.plus(Duration.ofHours(1)))));
            write("[default]\nenable = true\ntype = oidc_role_arn\nrole_arn = acs:ram::1:role/r\n"
                    + "oidc_provider_arn = acs:ram::1:oidc-provider/p\noidc_token_file_path = " + token + "\nrole_session_name = s1\n");
            CredentialsFileProvider provider = provider(Loopback.settings(env, home, clock).stsEndpoint(sts.uri()));
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.oidc");
            assertThat(provider.credentials().accessKeyId()).isEqualTo("STS.oidc");
            assertThat(sts.count.get()).isEqualTo(1);
            assertThat(OidcRoleCredentialsProviderTest.form(sts.requests.get(0).body()))
                    .containsEntry("RoleArn", "acs:ram::1:role/r").containsEntry("RoleSessionName", "s1");

            write("[default]\nenable = true\ntype = oidc_role_arn\nrole_arn = acs:ram::1:role/r\n");
            assertThatThrownBy(provider::credentials).hasMessageContaining("(type oidc_role_arn): oidcProviderArn is not set and"
                    + " neither is the environment variable ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
        }
    }
}
