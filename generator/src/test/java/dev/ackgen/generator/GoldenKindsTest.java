package dev.ackgen.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ackgen.generator.customize.CustomizationGoldenTest;
import dev.ackgen.generator.spec.SpecSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One golden directory per kind of generated file (the generators of
 * {@link dev.ackgen.generator.emit.Generators}), each from a small spec that exercises what that
 * generator does: {@code src/test/resources/golden-kinds/<kind>/spec.yaml}. The directory
 * {@code golden-kinds/<kind>/golden/} holds only the files that show the kind, by file name (the
 * package is {@code dev.ackgen.golden.kinds.<kind>}, {@code enums} for the enum), so a change to
 * one generator is a diff in its own golden files. The whole output of each spec compiles with
 * {@code -Xlint:all -Werror}, and its javadoc passes {@code -Xdoclint:all}. The builder and the
 * JSON codec are nested in the model class, so their goldens are model classes too, of specs that
 * show them. To accept a change:
 *
 * <pre>./mvnw -B -pl generator -am test -Dtest=GoldenKindsTest -Dsurefire.failIfNoSpecifiedTests=false -Dackgen.updateGolden=true</pre>
 */
class GoldenKindsTest {
    /** The kinds, each with the files (simple class names) that show it. */
    enum Kind {
        /** Fields, accessors, equals, hashCode and toString of every scalar type, defaults, deprecated, renamed and secret members. */
        MODEL("Gadget", "Thing"),
        /** Setters, list adders, map putters and the builder of an inline object. */
        BUILDER("Order"),
        /** Writing and reading lists, lists of lists, maps, maps of lists, nested objects, enums, free-form and unknown members. */
        JSON_CODEC("Document"),
        /** Values that are no Java names: clashing by case, keywords, digits first, non-ASCII, quotes, comment ends. */
        ENUM("OddValues", "Setting"),
        /** Each constraint kind, a path parameter's constraints, nested and listed objects, and each x-ackgen rule. */
        VALIDATOR("NetworkValidator", "PluginValidator", "UpdateNetworkRequestValidator"),
        /** Path, query, JSON-encoded query and header parameters, a body, an array response, no response, deprecation. */
        CLIENT("NodePoolClient", "DefaultNodePoolClient"),
        /** Paging methods: by x-ackgen-pagination (with and without page size and total count) and by the convention. */
        PAGING("TemplateClient"),
        /** The walkers that collect secrets at any depth of a body: objects, lists, maps, recursion. */
        SECRET_WALKERS("DefaultNodeClient"),
        /** The package's reader of its models for jackson-databind. */
        JSON_MODEL_READERS("JsonModelReaders");

        final List<String> classes;

        Kind(String... classes) {
            this.classes = List.of(classes);
        }

        String directory() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        String packageName() {
            String name = name().toLowerCase(Locale.ROOT).replace("_", "");
            return "dev.ackgen.golden.kinds." + (SourceVersion.isKeyword(name) ? name + "s" : name);
        }
    }

    private static final Path ROOT = Path.of("src/test/resources/golden-kinds");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachKindsFilesMatchTheirGoldenFilesAndTheWholeOutputCompiles(Kind kind) throws Exception {
        Path directory = ROOT.resolve(kind.directory());
        Pipeline.Result result = Pipeline.of(GeneratorOptions.all(kind.packageName())).run(SpecSource.read(directory.resolve("spec.yaml")));
        assertThat(result.warnings()).as("warnings").isEmpty();

        String prefix = kind.packageName().replace('.', '/') + "/";
        SortedMap<String, byte[]> selected = new TreeMap<>();
        for (String name : kind.classes) {
            byte[] file = result.files().get(prefix + name + ".java");
            assertThat(file).as("%s generates %s (files: %s)", kind, name, result.files().keySet()).isNotNull();
            selected.put(name + ".java", file);
        }
        GoldenFiles.assertMatch(selected, directory.resolve("golden"), kind.directory());

        compileAndCheckJavadoc(result.files());
    }

    private static void compileAndCheckJavadoc(Map<String, byte[]> files) {
        CustomizationGoldenTest.compile(files);
        assertThat(Doclint.problems(files)).as("javadoc -Xdoclint:all").isEmpty();
    }
}
