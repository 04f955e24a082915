package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Caches temporary credentials and fetches new ones before they expire. Many threads asking at
 * once cause one fetch: while credentials are fresh every caller gets them without a lock; once
 * they are due, one caller fetches while the others keep using the old ones if those still work,
 * or wait for that one fetch if they do not.
 *
 * <p>Due means less than {@code refreshBefore} left before expiry, or half the lifetime gone if that
 * comes later (so 15-minute STS credentials are not fetched on every call). A fetch that fails while
 * the cached credentials still work returns those and is tried again at most every {@link
 * #RETRY_AFTER_FAILURE}; once they have expired the failure is thrown.
 */
final class RefreshingCredentials {
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

    private final String provider;
    private final Supplier<TemporaryCredentials> fetch;
    private final Clock clock;
    private final Duration refreshBefore;
    private final ReentrantLock lock = new ReentrantLock();

    private volatile State state;
    /** Fetches finished so far, failed or not; written under the lock. */
    private volatile long fetches;
    /** The last fetch, when it failed with nothing valid to fall back on; null after a success. */
    private volatile Failure failure;

    private record State(TemporaryCredentials current, Instant refreshAt) {}

    private record Failure(long attempt, String message) {}

    /**
     * @param provider names the provider in messages
     * @param fetch gets new credentials; throws {@link CredentialsUnavailableException} saying what it tried
     */
    RefreshingCredentials(String provider, Supplier<TemporaryCredentials> fetch, Clock clock, Duration refreshBefore) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshBefore = Objects.requireNonNull(refreshBefore, "refreshBefore");
    }

    Credentials get() {
        State s = state;
        Instant now = clock.instant();
        if (s != null && now.isBefore(s.refreshAt())) {
            return s.current().credentials();
        }
        boolean stillValid = s != null && now.isBefore(s.current().expiration());
        long seen = fetches;
        if (stillValid) {
            // Someone else is fetching: the old credentials still work, no need to wait.
            if (!lock.tryLock()) {
                return s.current().credentials();
            }
        } else {
            try {
                lock.lockInterruptibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CredentialsUnavailableException(provider + ": interrupted while waiting for credentials");
            }
        }
        try {
            s = state;
            now = clock.instant();
            if (s != null && now.isBefore(s.refreshAt())) {
                return s.current().credentials();
            }
            Failure failed = failure;
            if (failed != null && failed.attempt() > seen) {
                // This caller waited for a fetch that failed: it gets that answer rather than a fetch of
                // its own, so many threads without credentials cost one fetch, not one each in turn.
                throw new CredentialsUnavailableException(failed.message());
            }
            try {
                TemporaryCredentials fresh;
                try {
                    fresh = fetch.get();
                } finally {
                    fetches = fetches + 1; // only this thread writes: it holds the lock
                }
                if (!fresh.expiration().isAfter(now)) {
                    throw new CredentialsUnavailableException(provider + ": the credentials fetched had already expired at "
                            + fresh.expiration() + " (now " + now + ")");
                }
                state = new State(fresh, refreshAt(now, fresh.expiration()));
                failure = null;
                return fresh.credentials();
            } catch (CredentialsUnavailableException e) {
                if (s != null && now.isBefore(s.current().expiration())) {
                    Instant retry = now.plus(RETRY_AFTER_FAILURE);
                    state = new State(s.current(), retry.isBefore(s.current().expiration()) ? retry : s.current().expiration());
                    return s.current().credentials();
                }
                failure = new Failure(fetches, e.getMessage());
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The cached credentials' expiry, for tests and toString; null before the first fetch. */
    Instant expiration() {
        State s = state;
        return s == null ? null : s.current().expiration();
    }

    private Instant refreshAt(Instant now, Instant expiration) {
        Duration lifetime = Duration.between(now, expiration);
        Duration margin = refreshBefore.compareTo(lifetime.dividedBy(2)) < 0 ? refreshBefore : lifetime.dividedBy(2);
        return expiration.minus(margin);
    }
}
