package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.time.Instant;

/** Credentials with the time they stop working. {@link #toString} is {@link Credentials}'s, which hides the secrets. */
record TemporaryCredentials(Credentials credentials, Instant expiration) {
    @Override
    public String toString() {
        return credentials + " until " + expiration;
    }
}
