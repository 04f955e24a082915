package dev.ackgen.generator.spec;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A spec's text with where it comes from: the name problems are reported with, and the location
 * its relative {@code $ref}s resolve against. Entry points make one from a file (the command line,
 * the Maven plugin) or from what the compiler's file manager finds (the annotation processor).
 *
 * <p>External {@code $ref}s may read files within the spec's own directory tree and within the
 * {@code refRoots}; see {@link ExternalRefs} for what else they must be. A spec that is not a file
 * (a {@code jar:} resource) may have no external {@code $ref}s.
 *
 * @param name the name problems give, e.g. the path as the user wrote it
 * @param location the spec's URI ({@code file:}, or {@code jar:} for a class path resource)
 * @param text the spec's text
 * @param refRoots directories besides the spec's own whose files its {@code $ref}s may read
 */
public record SpecSource(String name, URI location, String text, List<Path> refRoots) {
    /** The most bytes a spec file may have: 64 MiB. */
    public static final long MAX_BYTES = 64L << 20;

    public SpecSource {
        refRoots = List.copyOf(refRoots);
    }

    /** A spec whose {@code $ref}s may read files within its own directory only. */
    public SpecSource(String name, URI location, String text) {
        this(name, location, text, List.of());
    }

    /** This spec, its {@code $ref}s allowed to read files within these directories too. */
    public SpecSource withRefRoots(List<Path> roots) {
        return new SpecSource(name, location, text, roots);
    }

    /**
     * Reads a spec file.
     *
     * @throws SpecException naming the file if it does not exist or cannot be read
     */
    public static SpecSource read(Path file) throws SpecException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", Files.isDirectory(file) ? "the spec is a directory, not a file"
                    : Files.exists(file) ? "the spec is not a regular file" : "the spec file does not exist")));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLong(name);
            }
            bytes = readLimited(name, in);
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "cannot read the spec file: " + e)));
        }
        return new SpecSource(name, file.toAbsolutePath().normalize().toUri(), utf8(name, bytes));
    }

    /**
     * Reads a spec's bytes, at most {@link #MAX_BYTES} of them.
     *
     * @throws SpecException naming the spec when it is longer
     */
    public static byte[] readLimited(String name, InputStream in) throws IOException, SpecException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLong(name);
        }
        return bytes;
    }

    private static SpecException tooLong(String name) {
        return new SpecException(List.of(new SpecProblem(name, 0, "", "the file is more than " + MAX_BYTES + " bytes (the most a spec may have)")));
    }

    /**
     * The bytes as UTF-8 text.
     *
     * @throws SpecException naming the line and the byte offset of the first byte that is not UTF-8
     */
    public static String utf8(String name, byte[] bytes) throws SpecException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in)
                    .toString();
        } catch (CharacterCodingException e) {
            int offset = in.position(); // the decoder stops at the start of what it cannot decode
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new SpecException(List.of(new SpecProblem(name, line, "", "not UTF-8 text at byte offset " + offset)));
        }
    }
}
