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
import org.junit.jupiter.api.Test;

/**
 * The generated CreateCluster sources, pinned as golden files under
 * {@code src/test/resources/golden/}: every change to generated code shows up as a reviewable diff.
 * To accept a change, regenerate them (README: "Golden files"):
 *
 * <pre>./mvnw -B -pl generator -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dackgen.updateGolden=true</pre>
 */
class GoldenFilesTest {
    static final String PACKAGE = "dev.ackgen.golden.createcluster";

    @Test
    void createClusterSourcesMatchTheGoldenFiles() throws Exception {
        Map<String, byte[]> generated = OutputWriter.render(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), PACKAGE));
        Path golden = goldenDirectory();

        if (Boolean.getBoolean("ackgen.updateGolden")) {
            OutputWriter.write(generated, golden);
        }

        assertThat(listFiles(golden)).as("golden files (regenerate them: see the class javadoc)")
                .isEqualTo(new TreeSet<>(generated.keySet()));
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            assertThat(Files.readString(golden.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey() + " differs from its golden file (regenerate them: see the class javadoc)")
                    .isEqualTo(new String(file.getValue(), StandardCharsets.UTF_8));
        }
    }

    private static Path goldenDirectory() {
        String configured = System.getProperty("ackgen.goldenDir");
        return configured != null && !configured.isEmpty() ? Path.of(configured) : Path.of("src/test/resources/golden");
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
