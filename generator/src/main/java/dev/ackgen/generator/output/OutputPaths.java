package dev.ackgen.generator.output;

import java.io.IOException;
import java.nio.file.Path;

/** Where a generated file may go: only to a plain path inside the output directory. */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * The path of a relative name under the root. Refuses names that are absolute, climb out of it,
     * or take a detour ({@code a/../B.java} would be a second name for {@code B.java}).
     */
    static Path inside(Path root, String relative) {
        boolean plain = !relative.isEmpty() && !relative.startsWith("/") && !relative.contains("\\");
        for (String segment : relative.split("/", -1)) {
            plain &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
        }
        Path path = root.resolve(relative).normalize();
        if (!plain || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("refusing to write " + relative + ": it is not a plain path inside " + root);
        }
        return path;
    }

    /** A symbolic link inside the output directory must not lead the writer out of it. */
    static void checkRealParent(Path root, Path target) throws IOException {
        if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("refusing to write " + target + ": a symbolic link leads it out of " + root);
        }
    }
}
