package dev.ackgen.runtime.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how patiently a client tries a call again: at most {@link #maxAttempts} attempts
 * in all, waiting a random time between zero and {@code min(maxDelay, baseDelay * 2^(n-1))}
 * before retry {@code n} ("full jitter", so that many clients throttled together do not come back
 * together). What may be retried at all is the client's decision, not the policy's: see {@link
 * ClientRuntime}.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.jitter = builder.jitter;
    }

    /** Three attempts, 200 ms base delay, at most 5 s between attempts. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt: never retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The most attempts a call gets, the first included; at least 1. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The delay ceiling before the first retry. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** The largest delay between attempts. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * How long to wait before the given retry.
     *
     * @param retry 1 for the first retry (the second attempt), 2 for the next, and so on
     */
    public Duration delayBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1");
        }
        long base = baseDelay.toMillis();
        long ceiling = maxDelay.toMillis();
        long exponential = retry >= 31 ? ceiling : Math.min(ceiling, base << (retry - 1));
        double fraction = jitter.getAsDouble();
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalStateException("jitter must give a number in [0, 1], gave " + fraction);
        }
        return Duration.ofMillis(Math.round(exponential * fraction));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + "]";
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(5);
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** The most attempts, the first included; 1 means no retries. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The delay ceiling before the first retry; doubles with each retry. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = nonNegative(baseDelay, "baseDelay");
            return this;
        }

        /** The largest delay ceiling. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative(maxDelay, "maxDelay");
            return this;
        }

        /**
         * Where the random fraction of each delay comes from (numbers in [0, 1]); a constant makes
         * delays predictable in tests.
         */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than baseDelay " + baseDelay);
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
