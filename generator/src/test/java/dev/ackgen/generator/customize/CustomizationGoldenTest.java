package dev.ackgen.generator.customize;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.ackgen.generator.Doclint;
import dev.ackgen.generator.GeneratorOptions;
import dev.ackgen.generator.GoldenFiles;
import dev.ackgen.generator.Pipeline;
import dev.ackgen.generator.overlay.OverlaySource;
import dev.ackgen.generator.spec.SpecSource;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One golden directory per customisation mechanism, all from the small spec
 * {@code customize/pets.yaml} (the overlay mechanism adds {@code customize/pets-overlay.yaml}), under
 * {@code src/test/resources/golden-customize/<mechanism>/}: {@code defaults} holds the whole output,
 * every other mechanism only its differences, the files whose bytes differ from the defaults' file
 * of the same path or that the defaults do not have, and in
 * {@value dev.ackgen.generator.GoldenFiles#REMOVED} the defaults' files it does not generate (a
 * rename); every file not stored must be byte-identical to the defaults' file
 * ({@link GoldenFiles#assertDifferences}). Every output compiles with {@code -Xlint:all -Werror},
 * and its javadoc passes {@code -Xdoclint:all}. To accept a change:
 *
 * <pre>./mvnw -B -pl generator -am test -Dtest=CustomizationGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dackgen.updateGolden=true</pre>
 */
public class CustomizationGoldenTest {
    static final String PACKAGE = "com.example.pets";

    /** The mechanisms, each with the options that show it. */
    enum Mechanism {
        /** No option: the built-in date-time and date mappings, and an inline class named {@code Paging}. */
        DEFAULTS(Map.of()),
        /** {@code customize/pets-overlay.yaml}: a rename, constraints and a rule, the spec file untouched. */
        OVERLAY(Map.of(), "/customize/pets-overlay.yaml"),
        NAME_MAPPINGS(Map.of(
                CustomizationOption.MODEL_NAME_MAPPINGS, List.of("Pet=Animal", "ListPetsResponse.Paging=PageInfo"),
                CustomizationOption.PROPERTY_NAME_MAPPINGS, List.of("Animal.vaccinated_on=vaccinations", "page_size=limit"),
                CustomizationOption.OPERATION_NAME_MAPPINGS, List.of("ListPets=findPets"),
                CustomizationOption.ENUM_NAME_MAPPINGS, List.of("PetStatus.sold=ADOPTED"),
                CustomizationOption.CLIENT_NAME_MAPPINGS, List.of("pets=PetStoreClient"))),
        TYPE_MAPPINGS(Map.of(
                CustomizationOption.TYPE_MAPPINGS, List.of("date-time=java.time.Instant", "date=String"),
                CustomizationOption.SCHEMA_MAPPINGS, List.of("Money=dev.ackgen.generator.customize.Money"))),
        ANNOTATIONS_AND_INTERFACES(Map.of(
                CustomizationOption.ADDITIONAL_MODEL_ANNOTATIONS, List.of("dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_ENUM_ANNOTATIONS, List.of("@dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_CLIENT_ANNOTATIONS, List.of("dev.ackgen.generator.customize.Reviewed"),
                CustomizationOption.ADDITIONAL_MODEL_INTERFACES, List.of("java.io.Serializable", "dev.ackgen.generator.customize.Audited"),
                CustomizationOption.ADDITIONAL_ENUM_INTERFACES, List.of("java.io.Serializable", "dev.ackgen.generator.customize.Audited"),
                CustomizationOption.ADDITIONAL_CLIENT_INTERFACES, List.of("dev.ackgen.generator.customize.Audited")));

        final Map<CustomizationOption, List<String>> options;
        final String overlay;

        Mechanism(Map<CustomizationOption, List<String>> options) {
            this(options, null);
        }

        Mechanism(Map<CustomizationOption, List<String>> options, String overlay) {
            this.options = new EnumMap<>(CustomizationOption.class);
            this.options.putAll(options);
            this.overlay = overlay;
        }

        String directory() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The pets spec generated with these customisations, the test class path as where types are looked up. */
    public static Pipeline.Result generate(Map<CustomizationOption, List<String>> options) throws Exception {
        return generate(options, List.of());
    }

    static Pipeline.Result generate(Map<CustomizationOption, List<String>> options, List<OverlaySource> overlays) throws Exception {
        return Pipeline.of(GeneratorOptions.all(PACKAGE))
                .withOverlays(overlays, true)
                .withCustomizations(Customizations.of(options), TypeLookup.of(CustomizationGoldenTest.class.getClassLoader()),
                        "the test class path")
                .run(SpecSource.read(spec()));
    }

    static Path spec() throws URISyntaxException {
        return Path.of(CustomizationGoldenTest.class.getResource("/customize/pets.yaml").toURI());
    }

    /** Compiles the files with the test class path (the runtime, Jackson, the fixtures) and {@code -Xlint:all -Werror}. */
    public static Compilation compile(Map<String, byte[]> files) {
        List<JavaFileObject> sources = files.entrySet().stream()
                .map(file -> JavaFileObjects.forSourceString(
                        file.getKey().replace(".java", "").replace('/', '.'), new String(file.getValue(), StandardCharsets.UTF_8)))
                .toList();
        Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static Map<String, byte[]> defaults;

    /** The defaults' output, generated once: what {@code golden-customize/defaults/} pins. */
    private static synchronized Map<String, byte[]> defaults() throws Exception {
        if (defaults == null) {
            defaults = generate(Mechanism.DEFAULTS.options).files();
        }
        return defaults;
    }

    @ParameterizedTest
    @EnumSource(Mechanism.class)
    void eachMechanismsOutputMatchesItsGoldenFilesAndCompiles(Mechanism mechanism) throws Exception {
        List<OverlaySource> overlays = mechanism.overlay == null ? List.of()
                : List.of(OverlaySource.read(Path.of(CustomizationGoldenTest.class.getResource(mechanism.overlay).toURI())));
        Pipeline.Result result = generate(mechanism.options, overlays);
        assertThat(result.warnings()).as("warnings").isEmpty();
        Path golden = Path.of("src/test/resources/golden-customize", mechanism.directory());
        if (mechanism == Mechanism.DEFAULTS) {
            GoldenFiles.assertMatch(result.files(), golden, mechanism.name());
        } else {
            GoldenFiles.assertDifferences(result.files(), defaults(), golden, mechanism.name(), Mechanism.DEFAULTS.name());
        }
        compile(result.files());
        assertThat(Doclint.problems(result.files())).as("javadoc -Xdoclint:all").isEmpty();
    }
}
