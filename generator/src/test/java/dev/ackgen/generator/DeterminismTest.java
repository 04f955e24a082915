package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.output.OutputWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void twoRunsGiveByteIdenticalOutput() throws Exception {
        for (Path spec : new Path[] {GeneratorFixture.createClusterSpec(), GeneratorFixture.csApiSpec()}) {
            Map<String, byte[]> first = OutputWriter.render(GeneratorFixture.generate(spec, "dev.ackgen.test.det"));
            Map<String, byte[]> second = OutputWriter.render(GeneratorFixture.generate(spec, "dev.ackgen.test.det"));

            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            for (String path : first.keySet()) {
                assertThat(second.get(path)).as(path).isEqualTo(first.get(path));
            }
        }
    }

    @Test
    void regeneratingUnchangedSourcesTouchesNoFile(@TempDir Path output) throws Exception {
        Map<String, byte[]> files = OutputWriter.render(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), "dev.ackgen.test.det"));
        OutputWriter.write(files, output);
        Path request = output.resolve("dev/ackgen/test/det/CreateClusterRequest.java");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(request, old);

        OutputWriter.Summary again = OutputWriter.write(
                OutputWriter.render(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), "dev.ackgen.test.det")), output);

        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).hasSize(files.size());
        assertThat(Files.getLastModifiedTime(request)).isEqualTo(old);
    }

    @Test
    void outputHasNoTimestampsOrMachineSpecificText() throws Exception {
        Map<String, byte[]> files = OutputWriter.render(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), "dev.ackgen.test.det"));
        for (byte[] content : files.values()) {
            String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("@Generated(\"dev.ackgen.generator\")")
                    .doesNotContain(System.getProperty("user.name") + "/")
                    .doesNotContain("date =")
                    .doesNotContain("\r");
        }
    }
}
