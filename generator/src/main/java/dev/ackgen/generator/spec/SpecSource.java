package dev.ackgen.generator.spec;

import java.io.IOException;
import java.net.URI;
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
        try {
            return new SpecSource(name, file.toAbsolutePath().normalize().toUri(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "cannot read the spec file: " + e)));
        }
    }
}
