package dev.ackgen.generator;

import dev.ackgen.generator.output.OutputWriter;
import java.nio.file.Path;
import java.util.Map;
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
        GoldenFiles.assertMatch(generated, goldenDirectory(), "CreateCluster");
    }

    private static Path goldenDirectory() {
        String configured = System.getProperty("ackgen.goldenDir");
        return configured != null && !configured.isEmpty() ? Path.of(configured) : Path.of("src/test/resources/golden");
    }
}
