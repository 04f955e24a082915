package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks providers in order and returns the first credentials found. When none has any, the
 * exception lists why each failed, so a user sees every place that was looked at.
 *
 * <p>A chain that reuses the last provider (the default chain, as credentials-java's does) asks the
 * provider that last gave credentials first, so that a provider further down, such as the
 * credentials URI after the metadata service, does not pay for the ones before it on every call;
 * only when that provider fails is the whole chain asked again, in order.
 */
final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;
    private final boolean reuseLast;
    private volatile CredentialsProvider last;

    CredentialsProviderChain(List<CredentialsProvider> providers) {
        this(providers, false);
    }

    CredentialsProviderChain(List<CredentialsProvider> providers, boolean reuseLast) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a credentials chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
        this.reuseLast = reuseLast;
    }

    @Override
    public Credentials credentials() {
        CredentialsProvider remembered = last;
        if (reuseLast && remembered != null) {
            try {
                return remembered.credentials();
            } catch (CredentialsUnavailableException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e; // the caller was interrupted, the provider did not fail: keep it, ask no other
                }
                last = null;
            }
        }
        List<String> reasons = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                Credentials credentials = provider.credentials();
                if (reuseLast) {
                    last = provider;
                }
                return credentials;
            } catch (CredentialsUnavailableException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                reasons.add(e.getMessage());
            }
        }
        throw new CredentialsUnavailableException("no credentials found: " + String.join("; ", reasons));
    }

    List<CredentialsProvider> providers() {
        return providers;
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
