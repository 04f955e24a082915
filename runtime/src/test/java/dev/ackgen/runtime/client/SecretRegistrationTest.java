package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Secrets registered with a call: deep ones through a collector, their JSON-escaped form too, longest blanked first. */
class SecretRegistrationTest {

    @Test
    void aCollectorRegistersEverySecretItHandsOverAndNullHoldsNone() {
        ApiCall<Void> call = ApiCall.builder("X", "POST", "/x", ApiCall.noContent())
                .secrets(List.of("deep-1", "", "deep-2"), (List<String> values, Consumer<String> secret) -> values.forEach(secret))
                .secrets((List<String>) null, (values, secret) -> {
                    throw new AssertionError("not called for null");
                })
                .build();

        assertThat(call.secrets()).containsExactly("deep-1", "deep-2");
    }

    @Test
    void theJsonEscapedFormOfASecretIsBlankedOutToo() {
        ApiCall<Void> call = ApiCall.builder("X", "POST", "/x", ApiCall.noContent()).secret("pa\"ss\\w").build();

        assertThat(call.secrets()).containsExactly("pa\"ss\\w", "pa\\\"ss\\\\w");
        assertThat(Redaction.apply("{\"password\":\"pa\\\"ss\\\\w\"} and pa\"ss\\w", call.secrets()))
                .isEqualTo("{\"password\":\"***\"} and ***");
    }

    @Test
    void aSecretHoldingAnotherIsBlankedOutWhole() {
        assertThat(Redaction.apply("x=abcdef y=abc", List.of("abc", "abcdef"))).isEqualTo("x=*** y=***");
    }
}
