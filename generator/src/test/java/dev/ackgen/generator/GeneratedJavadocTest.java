package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated javadoc passes the JDK's {@code javadoc -Xdoclint:all} without a warning: the
 * CreateCluster sources of the golden files and the whole CS API, whose descriptions are Markdown
 * written by others (lists, links, code spans, {@code *}{@code /}). The customisation goldens are
 * checked by {@code CustomizationGoldenTest}.
 */
class GeneratedJavadocTest {

    @Test
    void createClusterJavadocIsDoclintClean() throws Exception {
        List<String> problems = Doclint.problems(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), GoldenFilesTest.PACKAGE));
        assertThat(problems).as("javadoc -Xdoclint:all on the CreateCluster sources").isEmpty();
    }

    @Test
    void wholeCsApiJavadocIsDoclintClean() throws Exception {
        long start = System.nanoTime();
        List<String> problems = Doclint.problems(GeneratorFixture.generate(GeneratorFixture.csApiSpec(), "dev.ackgen.test.cs"));
        // Reported, not asserted: timing belongs in benchmarks.
        System.out.printf("CS API: generated and javadoc -Xdoclint:all in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(problems).as("javadoc -Xdoclint:all on the CS API sources").isEmpty();
    }
}
