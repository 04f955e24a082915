package dev.ackgen.runtime.credentials;

import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps the provider a profile delegates to (ECS RAM role, OIDC) while the profile says the same,
 * so its cached temporary credentials survive the file being read again on each call.
 */
final class DelegateCache {
    private record Entry(List<String> key, CredentialsProvider provider) {}

    private volatile Entry entry;

    /** The provider made for this key, made now if the key changed. The key must hold no secret. */
    CredentialsProvider get(List<String> key, Supplier<CredentialsProvider> make) {
        Entry e = entry;
        if (e != null && e.key().equals(key)) {
            return e.provider();
        }
        synchronized (this) {
            e = entry;
            if (e == null || !e.key().equals(key)) {
                e = new Entry(key, make.get());
                entry = e;
            }
            return e.provider();
        }
    }
}
