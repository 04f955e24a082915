package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No golden file (CreateCluster's, the customisations', the generators' kinds) has a line longer
 * than {@value GeneratedLineLength#LIMIT} characters but the kinds {@link GeneratedLineLength}
 * allows; the whole CS API is checked by {@code CsApiTest}, on the sources it generates anyway.
 */
class GeneratedLineLengthTest {

    @Test
    void goldenFilesHaveNoLineLongerThanTheLimit() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (String root : new String[] {"src/test/resources/golden", "src/test/resources/golden-customize", "src/test/resources/golden-kinds"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (Path file : walk.filter(path -> path.toString().endsWith(".java")).toList()) {
                    sources.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        GeneratedLineLength.Report report = GeneratedLineLength.check(sources);

        assertThat(sources).hasSizeGreaterThan(40);
        assertThat(report.tooLong()).as("lines longer than %d characters", GeneratedLineLength.LIMIT).isEmpty();
        // two JSON arrays without a space in CreateCluster's addons description, on its getter and its setter
        assertThat(report.unbreakableCommentTokens()).isEqualTo(4);
        assertThat(report.methodHeaders()).isZero();
    }

    @Test
    void onlyLinesThatCannotBeBrokenAreAllowed() {
        String token = "x".repeat(130);
        Map<String, String> sources = Map.of("A.java", String.join("\n",
                "     * <a href=\"https://example.com/" + token + "\">",
                "     * {@code {\"a\":\"" + token + "\"}}.",
                "     * Two words " + token,
                "    public List<Outer.Item" + token + "> list" + "(",
                "        return Objects.hash(" + token + ");",
                "     " + token));

        GeneratedLineLength.Report report = GeneratedLineLength.check(sources);

        assertThat(report.unbreakableCommentTokens()).isEqualTo(2);
        assertThat(report.methodHeaders()).isEqualTo(1);
        assertThat(report.tooLong()).hasSize(3).allMatch(line -> line.startsWith("A.java:"));
    }
}
