package dev.ackgen.runtime.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ackgen.runtime.signing.Credentials;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RefreshingCredentialsTest {
    static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");
    final MutableClock clock = new MutableClock(T0);
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicReference<Supplier<TemporaryCredentials>> next = new AtomicReference<>();

    RefreshingCredentials cache(Duration refreshBefore) {
        return new RefreshingCredentials("test", () -> {
            fetches.incrementAndGet();
            return next.get().get();
        }, clock, refreshBefore);
    }

    TemporaryCredentials lasting(String id, Duration lifetime) {
        return new TemporaryCredentials(Credentials.of(id, "secret", "token"), clock.instant().plus(lifetime));
    }

    @Test
    void refreshesWhenLessThanRefreshBeforeRemains() {
        RefreshingCredentials cache = cache(Duration.ofMinutes(5));
        next.set(() -> lasting("a", Duration.ofHours(1)));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        assertThat(cache.expiration()).isEqualTo(T0.plus(Duration.ofHours(1)));
        clock.advance(Duration.ofMinutes(54));
        next.set(() -> lasting("b", Duration.ofHours(1)));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get().accessKeyId()).isEqualTo("b");
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void aFailureWhileCredentialsStillWorkIsRetriedAfterAPause() {
        RefreshingCredentials cache = cache(Duration.ofMinutes(15));
        next.set(() -> lasting("a", Duration.ofHours(1)));
        cache.get();
        next.set(() -> {
            throw new CredentialsUnavailableException("test: down");
        });
        clock.advance(Duration.ofMinutes(50));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        clock.advance(Duration.ofSeconds(9));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        assertThat(fetches.get()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        assertThat(fetches.get()).isEqualTo(3);
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(cache::get).hasMessage("test: down");
    }

    @Test
    void callersThatWaitedForAFailedFetchGetItsFailureInsteadOfFetchingInTurn() throws Exception {
        RefreshingCredentials cache = cache(Duration.ofMinutes(15));
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        next.set(() -> {
            fetching.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new CredentialsUnavailableException("test: metadata service unreachable");
        });
        java.util.List<Thread> waiting = new java.util.ArrayList<>();
        java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Runnable ask = () -> {
            try {
                cache.get();
            } catch (CredentialsUnavailableException e) {
                failures.add(e.getMessage());
            }
        };
        Thread first = new Thread(ask);
        first.start();
        assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(ask);
            thread.start();
            waiting.add(thread);
        }
        Thread.sleep(200); // let them queue behind the fetch
        release.countDown();
        first.join(5000);
        for (Thread thread : waiting) {
            thread.join(5000);
        }
        assertThat(failures).hasSize(9).containsOnly("test: metadata service unreachable");
        assertThat(fetches.get()).isEqualTo(1);
        // A caller that comes later tries again.
        next.set(() -> lasting("a", Duration.ofHours(1)));
        assertThat(cache.get().accessKeyId()).isEqualTo("a");
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void whileOneThreadFetchesOthersKeepUsingCredentialsThatStillWork() throws Exception {
        RefreshingCredentials cache = cache(Duration.ofMinutes(15));
        next.set(() -> lasting("a", Duration.ofHours(1)));
        cache.get();
        clock.advance(Duration.ofMinutes(50));
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        next.set(() -> {
            fetching.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return lasting("b", Duration.ofHours(1));
        });
        Thread fetcher = new Thread(cache::get);
        fetcher.start();
        assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.get().accessKeyId()).isEqualTo("a"); // does not wait for the fetch
        release.countDown();
        fetcher.join(5000);
        assertThat(cache.get().accessKeyId()).isEqualTo("b");
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void settingsHaveCredentialsJavasDefaultsAndRefuseNonsense() {
        CredentialsSettings defaults = CredentialsSettings.defaults();
        assertThat(defaults.metadataEndpoint()).isEqualTo(URI.create("http://100.100.100.200"));
        assertThat(defaults.stsEndpoint()).isNull();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.metadataConnectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.metadataReadTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.refreshBefore()).isEqualTo(Duration.ofMinutes(15));
        CredentialsSettings custom = defaults.toBuilder().stsEndpoint(URI.create("sts.example.internal/"))
                .homeDirectory(Path.of("/nowhere")).build();
        assertThat(custom.stsEndpoint()).isEqualTo(URI.create("https://sts.example.internal"));
        assertThat(custom.homeDirectory()).isEqualTo(Path.of("/nowhere"));
        assertThat(custom.metadataEndpoint()).isEqualTo(defaults.metadataEndpoint());
        assertThatThrownBy(() -> CredentialsSettings.builder().httpTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("connect timeout must be positive");
        assertThatThrownBy(() -> CredentialsSettings.builder().refreshBefore(Duration.ofSeconds(-1)))
                .hasMessage("refreshBefore must not be negative");
    }
}
