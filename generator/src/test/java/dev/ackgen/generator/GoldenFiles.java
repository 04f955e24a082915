package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generated sources compared with golden files: the same file names, the same text. With
 * {@code -Dackgen.updateGolden=true} the golden directory is rewritten first, to accept a change.
 */
public final class GoldenFiles {
    private GoldenFiles() {}

    /** Asserts the files match the golden directory (rewriting it first when asked to). */
    public static void assertMatch(Map<String, byte[]> generated, Path golden, String what) throws IOException {
        if (Boolean.getBoolean("ackgen.updateGolden")) {
            OutputWriter.write(generated, golden);
        }
        assertThat(listFiles(golden)).as("golden files of %s (regenerate them: see the test's javadoc)", what)
                .isEqualTo(new TreeSet<>(generated.keySet()));
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            assertThat(Files.readString(golden.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as("%s of %s differs from its golden file (regenerate them: see the test's javadoc)", file.getKey(), what)
                    .isEqualTo(new String(file.getValue(), StandardCharsets.UTF_8));
        }
    }

    private static TreeSet<String> listFiles(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().equals(OutputWriter.MANIFEST))
                    .forEach(path -> files.add(root.relativize(path).toString().replace('\\', '/')));
        }
        return files;
    }
}
