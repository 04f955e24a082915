package dev.ackgen.generator.output;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes generated files into an output directory, and only there.
 *
 * <ul>
 *   <li>Everything is rendered in memory first: a generation that fails writes nothing.
 *   <li>A file whose content is unchanged is not touched (its modification time is kept, so
 *       incremental compilers and IDEs see no change).
 *   <li>Each changed file is first staged in a temporary file beside it; only when all are staged
 *       are they moved into place (atomically, where the file system can). A failure while
 *       staging leaves the previous output as it was, and a reader never sees half a file.
 *   <li>Files that an earlier run wrote (listed in the manifest {@value #MANIFEST}) and this run no
 *       longer produces are deleted; files the generator did not write are never touched.
 *   <li>A path that would leave the output directory is refused.
 * </ul>
 */
public final class OutputWriter {
    /** The list of files the last run wrote, relative to the output directory, one per line. */
    public static final String MANIFEST = ".ackgen-manifest";

    private OutputWriter() {}

    /** What a write did. */
    public record Summary(List<String> written, List<String> unchanged, List<String> deleted) {
        public Summary {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }

        @Override
        public String toString() {
            return written.size() + " written, " + unchanged.size() + " unchanged, " + deleted.size() + " deleted";
        }
    }

    /** A Java file's path relative to the output root, with '/': {@code com/example/Foo.java}. */
    public static String path(JavaFile file) {
        return (file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/") + file.typeSpec().name() + ".java";
    }

    /** Renders the Java files to their paths (relative, with '/'), sorted by path. */
    public static SortedMap<String, byte[]> render(List<JavaFile> files) {
        SortedMap<String, byte[]> rendered = new TreeMap<>();
        for (JavaFile file : files) {
            String path = path(file);
            if (rendered.put(path, file.toString().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalStateException("two generated files share the path " + path);
            }
        }
        return rendered;
    }

    /**
     * Writes the files (relative paths with '/') into the directory, creating it if needed.
     *
     * @throws IllegalArgumentException if a path would leave the output directory
     * @throws UncheckedIOException if the file system refuses
     */
    public static Summary write(Map<String, byte[]> files, Path outputDirectory) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Map<String, Path> targets = new TreeMap<>();
        for (String relative : files.keySet()) {
            targets.put(relative, inside(root, relative));
        }
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        // Stage every changed file beside its target first; only when all are staged, move them
        // into place. A failure while staging (a full disk, a refused path) leaves the previous
        // output exactly as it was.
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            try {
                Files.createDirectories(root);
                for (Map.Entry<String, Path> entry : targets.entrySet()) {
                    byte[] content = files.get(entry.getKey());
                    Path target = entry.getValue();
                    Files.createDirectories(target.getParent());
                    checkRealParent(root, target);
                    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                        unchanged.add(entry.getKey());
                    } else {
                        staged.put(stage(target, content), target);
                        written.add(entry.getKey());
                    }
                }
                staged.put(stage(root.resolve(MANIFEST), String.join("\n", new TreeSet<>(files.keySet())).concat("\n")
                        .getBytes(StandardCharsets.UTF_8)), root.resolve(MANIFEST));
            } catch (IOException | RuntimeException e) {
                for (Path temporary : staged.keySet()) {
                    Files.deleteIfExists(temporary);
                }
                throw e;
            }
            List<String> previous = readManifest(root);
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                if (!move.getValue().equals(root.resolve(MANIFEST))) {
                    moveIntoPlace(move.getKey(), move.getValue());
                }
            }
            for (String earlier : previous) {
                if (!files.containsKey(earlier)) {
                    Path stale = inside(root, earlier);
                    if (Files.deleteIfExists(stale)) {
                        deleted.add(earlier);
                    }
                }
            }
            // The manifest last: until it is in place, the old one still lists every file this
            // writer may have to delete.
            moveIntoPlace(stagedManifest(staged, root), root.resolve(MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + root, e);
        }
        return new Summary(written, unchanged, deleted);
    }

    private static Path stagedManifest(Map<Path, Path> staged, Path root) {
        for (Map.Entry<Path, Path> move : staged.entrySet()) {
            if (move.getValue().equals(root.resolve(MANIFEST))) {
                return move.getKey();
            }
        }
        throw new IllegalStateException("the manifest was not staged");
    }

    private static List<String> readManifest(Path root) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                entries.add(line.strip());
            }
        }
        return entries;
    }

    /**
     * The path of a relative name under the root. Refuses names that are absolute, climb out of it,
     * or take a detour ({@code a/../B.java} would be a second name for {@code B.java}).
     */
    private static Path inside(Path root, String relative) {
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
    private static void checkRealParent(Path root, Path target) throws IOException {
        if (!target.getParent().toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("refusing to write " + target + ": a symbolic link leads it out of " + root);
        }
    }

    /** Writes the content to a new temporary file beside the target; returns it. */
    private static Path stage(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    /** Replaces the target with the staged file, atomically where the file system can. */
    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
