package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.output.OutputWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generated sources compared with golden files: the same file names, the same text. With
 * {@code -Dackgen.updateGolden=true} the golden directory is rewritten first, to accept a change.
 */
public final class GoldenFiles {
    /**
     * In a directory of differences ({@link #assertDifferences}): the paths of the base's files that
     * this output does not have, one per line.
     */
    public static final String REMOVED = "removed-from-defaults.txt";

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

    /**
     * Asserts an output against a base output (the same spec generated without an option) and a
     * golden directory holding only the differences: the output's files whose bytes differ from the
     * base's file of the same path or that the base does not have, and in {@value #REMOVED} the
     * paths of the base's files that the output does not have. Every file not stored must be
     * byte-identical to the base's; none may be missing or extra. With
     * {@code -Dackgen.updateGolden=true} the directory is rewritten first (copies equal to the base
     * deleted).
     */
    public static void assertDifferences(Map<String, byte[]> generated, Map<String, byte[]> base, Path golden, String what,
            String baseName) throws IOException {
        SortedMap<String, byte[]> differing = new TreeMap<>();
        generated.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, base.get(path))) {
                differing.put(path, bytes);
            }
        });
        List<String> removed = base.keySet().stream().filter(path -> !generated.containsKey(path)).sorted().toList();
        Path removedList = golden.resolve(REMOVED);
        if (Boolean.getBoolean("ackgen.updateGolden")) {
            OutputWriter.write(differing, golden);
            if (removed.isEmpty()) {
                Files.deleteIfExists(removedList);
            } else {
                Files.writeString(removedList, String.join("\n", removed) + "\n", StandardCharsets.UTF_8);
            }
        }
        TreeSet<String> stored = listFiles(golden);
        stored.remove(REMOVED);
        String regenerate = "(regenerate them: see the test's javadoc)";
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (stored.contains(file.getKey())) {
                assertThat(Files.readString(golden.resolve(file.getKey()), StandardCharsets.UTF_8))
                        .as("%s of %s differs from its golden file %s", file.getKey(), what, regenerate)
                        .isEqualTo(text);
                assertThat(base.get(file.getKey()) == null ? null : new String(base.get(file.getKey()), StandardCharsets.UTF_8))
                        .as("%s of %s is stored, but is the same as %s's %s", file.getKey(), what, baseName, regenerate)
                        .isNotEqualTo(text);
            } else {
                assertThat(base).as("%s of %s is neither stored nor a file of %s %s", file.getKey(), what, baseName, regenerate)
                        .containsKey(file.getKey());
                assertThat(new String(base.get(file.getKey()), StandardCharsets.UTF_8))
                        .as("%s of %s is not stored, so it must be the same as %s's, but differs %s", file.getKey(), what, baseName,
                                regenerate)
                        .isEqualTo(text);
            }
        }
        assertThat(stored).as("stored files of %s that it does not generate %s", what, regenerate)
                .isSubsetOf(generated.keySet());
        List<String> listed = Files.exists(removedList)
                ? Files.readAllLines(removedList, StandardCharsets.UTF_8) : List.of();
        assertThat(listed).as("%s: files of %s that %s does not generate %s", REMOVED, baseName, what, regenerate)
                .isEqualTo(removed);
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
