package dev.ackgen.processor;

import static dev.ackgen.processor.Sources.CREATE_CLUSTER;
import static dev.ackgen.processor.Sources.CS_API;
import static dev.ackgen.processor.Sources.compile;
import static dev.ackgen.processor.Sources.describe;
import static dev.ackgen.processor.Sources.exactly;
import static dev.ackgen.processor.Sources.generated;
import static dev.ackgen.processor.Sources.packageInfo;
import static dev.ackgen.processor.Sources.quoted;
import static dev.ackgen.processor.Sources.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.Main;
import dev.ackgen.generator.OperationSelection;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three entry points write the same bytes: the annotation processor (through javac's Filer),
 * {@link Pipeline#run} called directly, and the command line {@link Main} writing to a directory.
 */
class SameBytesTest {
    private static final String PACKAGE = "com.example.ack";

    @ParameterizedTest(name = "{0} with extensions [{1}]")
    @CsvSource(delimiter = ';', value = {
            CREATE_CLUSTER + ";",
            CREATE_CLUSTER + ";serializable-models",
            "specs/refs/things.yaml;serializable-models",
    })
    void processorPipelineAndCommandLineWriteTheSameBytes(String spec, String extension, @TempDir Path out) throws Exception {
        List<String> extensions = extension == null ? List.of() : List.of(extension);
        String attributes = "spec = " + quoted(spec) + (extension == null ? "" : ", extensions = " + quoted(extension));

        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), packageInfo(PACKAGE, attributes));
        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        Map<String, byte[]> processor = generated(compilation);

        Map<String, byte[]> pipeline = Pipeline.of(GeneratorOptions.all(PACKAGE))
                .withOperations(new OperationSelection(Set.of(), Set.of()), "include", "exclude")
                .withExtensions(ExtensionLoader.load(SameBytesTest.class.getClassLoader(), extensions, Map.of()))
                .run(SpecSource.read(resource(spec)))
                .files();

        List<String> args = new ArrayList<>(List.of(resource(spec).toString(), PACKAGE, out.toString()));
        extensions.forEach(id -> args.addAll(List.of("--extension", id)));
        assertThat(Main.run(args.toArray(String[]::new), System.out, System.err)).isEqualTo(Main.OK);
        Map<String, byte[]> commandLine = javaFiles(out);

        assertThat(processor).hasSizeGreaterThan(3);
        assertThat(exactly(processor)).isEqualTo(exactly(pipeline)).isEqualTo(exactly(commandLine));
    }

    /**
     * The whole CS API through the processor: same bytes as the pipeline's, and the output compiles
     * with {@code -Xlint:all -Werror}. Prints the times (reported, not asserted).
     */
    @Test
    void wholeCsApiThroughTheProcessorIsThePipelinesOutputAndCompilesStrictly() throws Exception {
        long start = System.nanoTime();
        Pipeline.Result direct = Pipeline.of(GeneratorOptions.all("com.example.cs")).run(SpecSource.read(resource(CS_API)));
        long pipelineDone = System.nanoTime();
        Compilation compiled = compile(List.of("-Xlint:all", "-Werror"), packageInfo("com.example.cs", "spec = " + quoted(CS_API)));
        long compiledDone = System.nanoTime();
        System.out.printf("CS API: %d files; Pipeline.run %d ms; javac with the processor, generating and compiling, %d ms%n",
                direct.files().size(), (pipelineDone - start) / 1_000_000, (compiledDone - pipelineDone) / 1_000_000);

        assertThat(compiled.status()).as(describe(compiled)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compiled.diagnostics()).as(describe(compiled)).isEmpty();
        assertThat(direct.model().operations()).hasSize(119);
        assertThat(exactly(generated(compiled))).isEqualTo(exactly(direct.files()));
    }

    private static Map<String, byte[]> javaFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                try {
                    files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
