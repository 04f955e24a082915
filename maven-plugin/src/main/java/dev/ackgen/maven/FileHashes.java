package dev.ackgen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 of files, read only when a file's size or modification time differs from the stamp
 * the last run recorded with its hash. An up-to-date build of the CS API otherwise reads about
 * 7 MB (the spec and 341 generated files) in a cold JVM only to find them unchanged.
 *
 * <p>A stamp is trusted only when the file was last modified strictly before the fingerprint was
 * written (as git treats its index): a file edited afterwards has a later modification time, even
 * where the file system counts time in whole seconds. A file modified in the same tick as the
 * fingerprint could still change within that tick without its time moving, so it is read, and so is
 * any file whose modification time is in the future.
 */
final class FileHashes {
    /** What was recorded of one file: its size, its modification time in nanoseconds and its hash. */
    record Stamp(long size, long modified, String hash) {}

    /** For a file that is not there, or not a regular file. */
    static final String MISSING = "missing";

    private final Map<Path, Stamp> recorded;
    private final long trustedBefore;
    private final Map<Path, Stamp> taken = new HashMap<>();

    private FileHashes(Map<Path, Stamp> recorded, long trustedBefore) {
        this.recorded = Map.copyOf(recorded);
        this.trustedBefore = trustedBefore;
    }

    /** Reads every file it hashes. */
    static FileHashes reading() {
        return new FileHashes(Map.of(), Long.MIN_VALUE);
    }

    /**
     * Trusts the stamps recorded in a fingerprint last modified at {@code fingerprintModified}
     * (nanoseconds) for files modified before that.
     */
    static FileHashes trusting(Map<Path, Stamp> recorded, long fingerprintModified) {
        return new FileHashes(recorded, fingerprintModified);
    }

    /** The file's hash, or {@value #MISSING}; read only when its stamp does not match the recorded one. */
    String hash(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (!attributes.isRegularFile()) {
            return MISSING;
        }
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Stamp stamp = recorded.get(file);
        if (stamp == null || stamp.size() != attributes.size() || stamp.modified() != modified || modified >= trustedBefore) {
            stamp = new Stamp(attributes.size(), modified, Fingerprint.sha256(Files.readAllBytes(file)));
        }
        taken.put(file, stamp);
        return stamp.hash();
    }

    /** Whether the file is there with this hash (read only when its stamp does not match). */
    boolean matches(Path file, String hash) throws IOException {
        return hash.equals(hash(file));
    }

    /** The stamps of the files hashed so far. */
    Map<Path, Stamp> taken() {
        return Map.copyOf(taken);
    }

    /** The stamp of a file whose hash is known (a file just written), or null when it is not a regular file. */
    static Stamp stamp(Path file, String hash) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.isRegularFile()
                ? new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), hash)
                : null;
    }
}
