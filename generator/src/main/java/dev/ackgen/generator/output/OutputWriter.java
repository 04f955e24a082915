package dev.ackgen.generator.output;

import com.palantir.javapoet.JavaFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes generated files into an output directory, and only there.
 *
 * <ul>
 *   <li>A generation that fails writes nothing: files are staged first ({@link StagedOutput}), and
 *       moved into place only when all are generated.
 *   <li>A file whose content is unchanged is not touched (its modification time is kept, so
 *       incremental compilers and IDEs see no change).
 *   <li>Each changed file is staged in a temporary file beside it and moved into place (atomically,
 *       where the file system can): a reader never sees half a file.
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

    /** A Java file's text, as the bytes written (UTF-8): JavaPoet's rendering, one-line comments on one line. */
    public static byte[] bytes(JavaFile file) {
        return OneLineComments.join(file.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders the Java files to their paths (relative, with '/'), sorted by path. */
    public static SortedMap<String, byte[]> render(List<JavaFile> files) {
        SortedMap<String, byte[]> rendered = new TreeMap<>();
        for (JavaFile file : files) {
            String path = path(file);
            if (rendered.put(path, bytes(file)) != null) {
                throw new IllegalStateException("two generated files share the path " + path);
            }
        }
        return rendered;
    }

    /**
     * Writes the files (relative paths with '/') into the directory, creating it if needed.
     *
     * @throws IllegalArgumentException if a path would leave the output directory
     * @throws java.io.UncheckedIOException if the file system refuses
     */
    public static Summary write(Map<String, byte[]> files, Path outputDirectory) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        for (String relative : files.keySet()) {
            OutputPaths.inside(root, relative); // every path refused before anything is staged
        }
        try (StagedOutput output = StagedOutput.into(root)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                output.add(file.getKey(), file.getValue());
            }
            return output.commit();
        }
    }
}
