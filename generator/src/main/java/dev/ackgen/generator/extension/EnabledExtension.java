package dev.ackgen.generator.extension;

import dev.ackgen.generator.spi.AckgenExtension;
import java.util.Map;
import java.util.TreeMap;

/**
 * An extension the configuration names, with the options it gives it.
 *
 * @param extension the extension, as {@link java.util.ServiceLoader} found it
 * @param options its options, sorted by name
 */
public record EnabledExtension(AckgenExtension extension, Map<String, String> options) {

    public EnabledExtension {
        options = java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** The extension's id. */
    public String id() {
        return extension.id();
    }
}
