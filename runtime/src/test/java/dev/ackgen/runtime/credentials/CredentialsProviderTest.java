package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.runtime.signing.Credentials;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsProviderTest {
    private static final String SECRET = "env-secret-never-shown";
    private final Map<String, String> env = new HashMap<>();
    private final EnvironmentCredentialsProvider fromEnv = new EnvironmentCredentialsProvider(env::get);

    @Test
    void environmentGivesLongTermCredentials() {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        Credentials credentials = fromEnv.credentials();
        assertThat(credentials.accessKeyId()).isEqualTo("LTAI-id");
        assertThat(credentials.accessKeySecret()).isEqualTo(SECRET);
        assertThat(credentials.securityToken()).isEmpty();
        assertThat(fromEnv.isAvailable()).isTrue();
    }

    @Test
    void environmentGivesStsCredentialsWithToken() {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        env.put("ALIBABA_CLOUD_SECURITY_TOKEN", "token-never-shown");
        assertThat(fromEnv.credentials().securityToken()).contains("token-never-shown");
    }

    @Test
    void missingVariablesAreNamedValuesNever() {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertThat(fromEnv.isAvailable()).isFalse();
        assertThatThrownBy(fromEnv::credentials)
                .isInstanceOf(CredentialsUnavailableException.class)
                .hasMessage("environment variable ALIBABA_CLOUD_ACCESS_KEY_ID is not set")
                .hasMessageNotContaining(SECRET);
        env.clear();
        assertThatThrownBy(fromEnv::credentials).hasMessage(
                "environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set");
    }

    @Test
    void chainTakesTheFirstThatHasCredentialsAndAsksAgainEachTime() {
        Credentials fallback = Credentials.of("fallback", "fallback-secret");
        CredentialsProvider chain = CredentialsProvider.chain(fromEnv, CredentialsProvider.of(fallback));
        assertThat(chain.credentials()).isSameAs(fallback);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertThat(chain.credentials().accessKeyId()).isEqualTo("LTAI-id");
    }

    @Test
    void exhaustedChainSaysWhereItLooked() {
        CredentialsProvider chain = CredentialsProvider.chain(fromEnv, () -> {
            throw new CredentialsUnavailableException("no profile file");
        });
        assertThatThrownBy(chain::credentials).hasMessage("no credentials found: environment variables "
                + "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set; no profile file");
        assertThatThrownBy(CredentialsProvider::chain).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoSecret() {
        Credentials credentials = Credentials.of("id", SECRET, "tok-never-shown");
        assertThat(CredentialsProvider.of(credentials).toString()).contains("id").doesNotContain(SECRET, "tok-never-shown");
        assertThat(CredentialsProvider.chain(CredentialsProvider.of(credentials)).toString()).doesNotContain(SECRET);
    }

    @Test
    void anInterruptedCallerIsNotSentDownTheRestOfTheChain() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        CredentialsProvider chain = CredentialsProvider.chain(() -> {
            Thread.currentThread().interrupt(); // as a provider waiting on the network sees an interrupt
            throw new CredentialsUnavailableException("first: interrupted");
        }, () -> {
            asked.incrementAndGet();
            return Credentials.of("id", "secret");
        });
        try {
            assertThatThrownBy(chain::credentials).hasMessage("first: interrupted");
            assertThat(asked).hasValue(0);
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        }
    }
}
