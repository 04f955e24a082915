package dev.ackgen.mock;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids written like ACK's (upper-case UUIDs) but from a counter, so that a test that sends
 * the same requests sees the same ids: {@code 00000000-0000-4000-8000-000000000001}, then
 * {@code ...0002}.
 */
final class RequestIds {
    private final AtomicLong counter = new AtomicLong();

    String next() {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012X", counter.incrementAndGet());
    }

    void reset() {
        counter.set(0);
    }
}
