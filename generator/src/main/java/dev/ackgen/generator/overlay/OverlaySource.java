package dev.ackgen.generator.overlay;

import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An overlay file's text with the name its problems are reported with. Entry points make one from
 * a file (the command line, the Maven plugin) or from what the compiler's file manager finds (the
 * annotation processor).
 *
 * @param name the name problems give, e.g. the path as the user wrote it
 * @param text the overlay's text, YAML or JSON
 */
public record OverlaySource(String name, String text) {

    /**
     * Reads an overlay file.
     *
     * @throws SpecException naming the file if it does not exist or cannot be read
     */
    public static OverlaySource read(Path file) throws SpecException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "the overlay file does not exist")));
        }
        try {
            return new OverlaySource(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SpecException(List.of(new SpecProblem(name, 0, "", "cannot read the overlay file: " + e)));
        }
    }
}
