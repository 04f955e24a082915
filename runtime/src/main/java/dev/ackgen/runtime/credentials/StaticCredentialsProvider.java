package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;

/** The same credentials every time. */
final class StaticCredentialsProvider implements CredentialsProvider {
    private final Credentials credentials;

    StaticCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[" + credentials + "]";
    }
}
