package dev.ackgen.runtime.credentials;

import dev.ackgen.runtime.signing.Credentials;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks providers in order and returns the first credentials found. When none has any, the
 * exception lists why each failed, so a user sees every place that was looked at.
 */
final class CredentialsProviderChain implements CredentialsProvider {
    private final List<CredentialsProvider> providers;

    CredentialsProviderChain(List<CredentialsProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a credentials chain needs at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    @Override
    public Credentials credentials() {
        List<String> reasons = new ArrayList<>();
        for (CredentialsProvider provider : providers) {
            try {
                return provider.credentials();
            } catch (CredentialsUnavailableException e) {
                reasons.add(e.getMessage());
            }
        }
        throw new CredentialsUnavailableException("no credentials found: " + String.join("; ", reasons));
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
