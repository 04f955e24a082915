package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.List;
import java.util.Objects;

/**
 * Where a client gets its credentials, asked once per attempt so that rotated STS credentials are
 * picked up. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
    /**
     * The credentials to sign the next request with.
     *
     * @throws CredentialsUnavailableException if this provider has none
     */
    Credentials credentials();

    /** Always these credentials. */
    static CredentialsProvider of(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * From the process environment: {@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code
     * ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, for STS credentials, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
     */
    static CredentialsProvider environment() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /** The first of these providers that has credentials, asked in order on every call. */
    static CredentialsProvider chain(CredentialsProvider... providers) {
        return new CredentialsProviderChain(List.of(providers));
    }

    /** The default chain: the environment only, for now. */
    static CredentialsProvider defaultChain() {
        return chain(environment());
    }
}
