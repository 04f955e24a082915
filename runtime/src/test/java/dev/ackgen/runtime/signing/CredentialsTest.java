package dev.ackgen.runtime.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String SECRET = "testAccessKeySecret-S3cr3t";
    private static final String TOKEN = "CAIS-security-token-T0k3n";

    @Test
    void exposesItsParts() {
        Credentials credentials = Credentials.of("id", SECRET, TOKEN);
        assertThat(credentials.accessKeyId()).isEqualTo("id");
        assertThat(credentials.accessKeySecret()).isEqualTo(SECRET);
        assertThat(credentials.securityToken()).contains(TOKEN);
    }

    @Test
    void anEmptyOrNullTokenIsNoToken() {
        assertThat(Credentials.of("id", SECRET).securityToken()).isEmpty();
        assertThat(Credentials.of("id", SECRET, null).securityToken()).isEmpty();
        assertThat(Credentials.of("id", SECRET, "").securityToken()).isEmpty();
    }

    @Test
    void toStringShowsTheIdButNeverTheSecretOrToken() {
        assertThat(Credentials.of("LTAIid", SECRET, TOKEN).toString())
                .contains("LTAIid", "securityToken=***")
                .doesNotContain(SECRET, TOKEN);
        assertThat(Credentials.of("LTAIid", SECRET).toString())
                .contains("LTAIid")
                .doesNotContain(SECRET, "securityToken");
    }

    @Test
    void rejectsAMissingIdWithoutShowingTheSecretOrToken() {
        assertThatThrownBy(() -> Credentials.of("", SECRET, TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKeyId")
                .message().doesNotContain(SECRET, TOKEN);
        assertThatThrownBy(() -> Credentials.of(null, SECRET, TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain(SECRET, TOKEN);
    }

    @Test
    void rejectsAMissingSecretWithoutShowingTheToken() {
        assertThatThrownBy(() -> Credentials.of("id", "", TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKeySecret")
                .message().doesNotContain(TOKEN);
        assertThatThrownBy(() -> Credentials.of("id", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
