package dev.ackgen.generator.spec;

import java.io.IOException;
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
 * @param name the name problems give, e.g. the path as the user wrote it
 * @param location the spec's URI ({@code file:}, or {@code jar:} for a class path resource)
 * @param text the spec's text
 */
public record SpecSource(String name, URI location, String text) {

    /**
     * Reads a spec file.
     *
     * @throws SpecException naming the file if it does not exist or cannot be read
     */
    public static SpecSource read(Path file) throws SpecException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "the spec file does not exist")));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "cannot read the spec file: " + e)));
        }
        return new SpecSource(name, file.toAbsolutePath().normalize().toUri(), utf8(name, bytes));
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
