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
import dev.ackgen.generator.customize.CustomizationOption;
import dev.ackgen.generator.customize.Customizations;
import dev.ackgen.generator.customize.TypeLookup;
import dev.ackgen.generator.extension.ExtensionLoader;
import dev.ackgen.generator.spec.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    /** Customisations of every shape, given to each entry point in its own terms. */
    static final Map<CustomizationOption, List<String>> CUSTOMIZATIONS = customizations();

    private static Map<CustomizationOption, List<String>> customizations() {
        Map<CustomizationOption, List<String>> options = new EnumMap<>(CustomizationOption.class);
        options.put(CustomizationOption.TYPE_MAPPINGS, List.of("date-time=java.time.Instant"));
        options.put(CustomizationOption.MODEL_NAME_MAPPINGS, List.of("EventPage=EventList"));
        options.put(CustomizationOption.PROPERTY_NAME_MAPPINGS, List.of("EventList.next_token=cursor"));
        options.put(CustomizationOption.OPERATION_NAME_MAPPINGS, List.of("ListEvents=findEvents"));
        options.put(CustomizationOption.ENUM_NAME_MAPPINGS, List.of("Level.warn=WARNING"));
        options.put(CustomizationOption.CLIENT_NAME_MAPPINGS, List.of("events=EventsApi"));
        options.put(CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of(Audited.class.getName()));
        options.put(CustomizationOption.ADDITIONAL_ENUM_ANNOTATIONS, List.of("@" + Audited.class.getName()));
        options.put(CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS, List.of(Audited.class.getName()));
        options.put(CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("java.io.Serializable"));
        return options;
    }

    /**
     * The same customisations through the processor's attributes, {@link Pipeline#withCustomizations}
     * and the command line's flags (with {@code --class-path} for the test's annotation): the same
     * bytes, and the output compiles with {@code -Xlint:all -Werror}.
     */
    @Test
    void withCustomizationsTheProcessorPipelineAndCommandLineWriteTheSameBytes(@TempDir Path out) throws Exception {
        String spec = "specs/customized.yaml";
        String attributes = "spec = " + quoted(spec) + CUSTOMIZATIONS.entrySet().stream()
                .map(e -> ", " + e.getKey().optionName() + " = {" + e.getValue().stream().map(Sources::quoted).collect(Collectors.joining(", ")) + "}")
                .collect(Collectors.joining());

        Compilation compilation = compile(List.of("-Xlint:all", "-Werror"), packageInfo(PACKAGE, attributes));
        assertThat(compilation.status()).as(describe(compilation)).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.diagnostics()).as(describe(compilation)).isEmpty();
        Map<String, byte[]> processor = generated(compilation);

        Map<String, byte[]> pipeline = Pipeline.of(GeneratorOptions.all(PACKAGE))
                .withOperations(new OperationSelection(Set.of(), Set.of()), "include", "exclude")
                .withCustomizations(Customizations.of(CUSTOMIZATIONS), TypeLookup.of(SameBytesTest.class.getClassLoader()), "the tests")
                .run(SpecSource.read(resource(spec)))
                .files();

        List<String> args = new ArrayList<>(List.of(resource(spec).toString(), PACKAGE, out.toString(),
                "--class-path", Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
        CUSTOMIZATIONS.forEach((option, entries) -> entries.forEach(entry -> args.addAll(List.of(option.flag(), entry))));
        assertThat(Main.run(args.toArray(String[]::new), System.out, System.err)).isEqualTo(Main.OK);
        Map<String, byte[]> commandLine = javaFiles(out);

        assertThat(processor).containsKeys("com/example/ack/EventList.java", "com/example/ack/EventsApi.java")
                .doesNotContainKeys("com/example/ack/EventPage.java");
        assertThat(new String(processor.get("com/example/ack/Event.java"), StandardCharsets.UTF_8))
                .contains("@Audited\npublic final class Event implements JsonWritable, Serializable {", "private final Instant at;",
                        "private final List<Instant> seen;");
        assertThat(new String(processor.get("com/example/ack/EventList.java"), StandardCharsets.UTF_8))
                .contains("public String getCursor()");
        assertThat(new String(processor.get("com/example/ack/Level.java"), StandardCharsets.UTF_8))
                .contains("@Audited\npublic final class Level {", "public static final Level WARNING = new Level(Value.WARNING, \"warn\");");
        assertThat(new String(processor.get("com/example/ack/EventsApi.java"), StandardCharsets.UTF_8))
                .contains("@Audited\npublic interface EventsApi", " findEvents(");
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
