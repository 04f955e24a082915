package dev.ackgen.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of the code a class comes from: the jar or the classes directory that holds it. A jar is
 * hashed by its entries' names, sizes and CRC-32s (from its central directory, so nothing is
 * decompressed), not by its bytes: rebuilding the same code into a new jar (new timestamps) gives
 * the same hash, and changed code a different one. A directory is hashed the same way, by its
 * files' relative paths, sizes and CRC-32s (a jar and a directory holding the same files hash
 * alike). "unknown" when the class has no file location.
 *
 * <p>Computed once per class and once per location: the code under a loaded class does not change
 * while it is loaded, and a build that runs the goal many times (executions, modules, {@code -T})
 * reads each jar once, also when, as in the plugin's shaded jar, several classes share it.
 */
final class CodeHash {
    private static final ClassValue<String> BY_CLASS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return compute(type);
        }
    };

    private static final Map<Path, String> BY_LOCATION = new ConcurrentHashMap<>();

    private CodeHash() {}

    /** The hash of the jar or directory the class was loaded from. */
    static String of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    private static String compute(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path location = Paths.get(source.getLocation().toURI());
            // The plugin's classes and the generator's share one jar: list it once.
            String known = BY_LOCATION.get(location);
            if (known == null) {
                known = ofLocation(location);
                BY_LOCATION.putIfAbsent(location, known);
            }
            return known;
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /** The hash of a jar's entries or a directory's files; "unknown" for anything else. */
    static String ofLocation(Path location) throws IOException {
        StringBuilder listing = new StringBuilder();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] content = Files.readAllBytes(file);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    line(listing, location.relativize(file).toString().replace('\\', '/'), content.length, crc.getValue());
                }
            }
        } else if (Files.isRegularFile(location)) {
            SortedMap<String, ZipEntry> entries = new TreeMap<>();
            try (ZipFile jar = new ZipFile(location.toFile())) {
                for (Enumeration<? extends ZipEntry> all = jar.entries(); all.hasMoreElements(); ) {
                    ZipEntry entry = all.nextElement();
                    if (!entry.isDirectory()) {
                        entries.put(entry.getName(), entry);
                    }
                }
            }
            for (ZipEntry entry : entries.values()) {
                line(listing, entry.getName(), entry.getSize(), entry.getCrc());
            }
        } else {
            return "unknown";
        }
        return Fingerprint.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder listing, String name, long size, long crc) {
        listing.append(name).append(' ').append(size).append(' ').append(Long.toHexString(crc)).append('\n');
    }
}
