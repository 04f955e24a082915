package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated javadoc passes the JDK's {@code javadoc -Xdoclint:all} without a warning: the
 * CreateCluster sources of the golden files and the whole CS API, whose descriptions are Markdown
 * written by others (lists, links, code spans, {@code *}{@code /}). The customisation goldens are
 * checked by {@code CustomizationGoldenTest}. Not checked yet: {@link Doclint#checked}.
 */
class GeneratedJavadocTest {

    @Test
    void createClusterJavadocIsDoclintClean() throws Exception {
        List<String> problems = Doclint.checked(Doclint.problems(GeneratorFixture.generate(GeneratorFixture.createClusterSpec(), GoldenFilesTest.PACKAGE)));
        assertThat(problems).as("javadoc -Xdoclint:all on the CreateCluster sources").isEmpty();
    }

    @Test
    void wholeCsApiJavadocIsDoclintClean() throws Exception {
        long start = System.nanoTime();
        List<String> all = Doclint.problems(GeneratorFixture.generate(GeneratorFixture.csApiSpec(), "dev.ackgen.test.cs"));
        List<String> problems = Doclint.checked(all);
        System.out.printf("CS API: javadoc -Xdoclint:all in %d ms, %d missing @param/@return/@throws not checked%n",
                (System.nanoTime() - start) / 1_000_000, all.size() - problems.size());
        assertThat(problems).as("javadoc -Xdoclint:all on the CS API sources").isEmpty();
    }
}
