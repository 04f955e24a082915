package dev.ackgen.maven;

import dev.ackgen.generator.Generator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The generator's identity as the fingerprint sees it: the plugin's version (a filtered resource),
 * and for a {@code -SNAPSHOT} also a hash of the plugin's and the generator's code, since a
 * snapshot's code changes under the same version ({@link CodeHash}: rebuilding the same code gives
 * the same hash).
 */
final class GeneratorVersion {
    private GeneratorVersion() {}

    /** The plugin's version, e.g. {@code 0.1.0}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("ackgen-maven-plugin.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** The text the fingerprint includes: the version, and for a snapshot the code's hashes. */
    static String identity() {
        return Identity.VALUE;
    }

    /** Computed once per class loader (the plugin's code does not change under it). */
    private static final class Identity {
        static final String VALUE = compute();
    }

    private static String compute() {
        String version = version();
        StringBuilder identity = new StringBuilder("ackgen ").append(version).append('\n');
        if (version.endsWith("-SNAPSHOT") || version.equals("unknown")) {
            for (Class<?> type : List.of(GeneratorVersion.class, Generator.class)) {
                identity.append("code ").append(CodeHash.of(type)).append('\n');
            }
        }
        return identity.toString();
    }
}
