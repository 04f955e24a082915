package dev.ackgen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.spec.SpecException;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specs the fuzzer once failed on (kept under {@code src/test/resources/fuzz/regressions/}, as
 * {@link SpecFuzzTest} wrote them, or cut down by hand): each must now give code that compiles or
 * an error in the user's terms.
 */
class FuzzRegressionTest {

    static Stream<Path> regressions() throws IOException, URISyntaxException {
        Path directory = Path.of(FuzzRegressionTest.class.getResource("/fuzz/regressions").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void compilesOrIsAClearError(Path spec) throws Exception {
        Pipeline.Result result;
        try {
            result = Pipeline.of(GeneratorOptions.all("fuzz.regression")).run(SpecSource.read(spec));
        } catch (SpecException e) {
            assertThat(e.problems()).as(e.getMessage()).allMatch(SpecFuzzTest::isClear);
            return;
        }
        assertThat(SpecFuzzTest.compile(List.of(new SpecFuzzTest.Generated(0, result.files())))).isNull();
    }
}
