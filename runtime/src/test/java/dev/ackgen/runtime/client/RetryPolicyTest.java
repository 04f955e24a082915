package dev.ackgen.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void delaysDoubleUpToTheCeilingTimesTheJitter() {
        RetryPolicy full = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(1000))
                .jitter(() -> 1.0).build();
        assertThat(full.delayBefore(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(full.delayBefore(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(full.delayBefore(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(full.delayBefore(5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(full.delayBefore(200)).isEqualTo(Duration.ofMillis(1000));
        RetryPolicy half = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).jitter(() -> 0.5).build();
        assertThat(half.delayBefore(3)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void defaultJitterStaysWithinTheCeiling() {
        for (int i = 0; i < 1000; i++) {
            assertThat(RetryPolicy.defaults().delayBefore(2)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        }
        assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1)).build())
                .hasMessageContaining("shorter");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(() -> 2.0).build().delayBefore(1)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> RetryPolicy.defaults().delayBefore(0)).hasMessageContaining("from 1");
    }
}
